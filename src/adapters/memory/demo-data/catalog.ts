import type { Locale } from '../../../i18n/locale.js';
import type { Catalog } from '../../../model/index.js';

/** The words of the demo catalog in one language (ids, prices and durations are shared). */
interface CatalogText {
  services: Record<ServiceId, readonly [name: string, category: string]>;
  roles: Record<StaffId, string>;
  centers: Record<CenterId, string>;
  rooms: Record<RoomId, string>;
  origins: Record<(typeof ORIGIN_IDS)[number], string>;
  noteCategories: Record<(typeof NOTE_CATEGORY_IDS)[number], string>;
  alertTypes: Record<(typeof ALERT_TYPE_IDS)[number], string>;
  documentTypes: Record<(typeof DOCUMENT_TYPE_IDS)[number], string>;
  transactionAccounts: Record<(typeof ACCOUNT_IDS)[number], string>;
  formTemplates: Record<(typeof FORM_IDS)[number], readonly [name: string, description: string]>;
  membershipPlans: readonly [beauty: string, barber: string, physio: string];
  customFields: { hairType: string; straight: string; wavy: string; curly: string; occupation: string; newsletter: string };
}

const SERVICES = [
  ['svc-cut', 45, 3500, false],
  ['svc-color', 90, 6500, true],
  ['svc-highlights', 150, 12000, true],
  ['svc-keratin', 120, 15000, false],
  ['svc-barber', 40, 2500, false],
  ['svc-manicure', 45, 2800, false],
  ['svc-pedicure', 60, 3500, false],
  ['svc-lash', 60, 4500, true],
  ['svc-facial', 60, 5500, false],
  ['svc-peel', 45, 9000, true],
  ['svc-laser', 30, 7500, false],
  ['svc-botox', 30, 25000, false],
  ['svc-massage', 60, 6000, false],
  ['svc-physio', 50, 4500, false],
] as const;
type ServiceId = (typeof SERVICES)[number][0];

const STAFF = [
  ['stf-lucia', 'Lucía Romero', ['ctr-madrid']],
  ['stf-marcos', 'Marcos Ibáñez', ['ctr-madrid', 'ctr-barcelona']],
  ['stf-carla', 'Carla Puig', ['ctr-barcelona']],
  ['stf-ines', 'Inês Carvalho', ['ctr-lisboa', 'ctr-madrid']],
  ['stf-tiago', 'Tiago Simões', ['ctr-lisboa']],
  ['stf-nuria', 'Núria Vidal', ['ctr-barcelona', 'ctr-madrid']],
  ['stf-sofia', 'Sofía Méndez', ['ctr-madrid']],
] as const;
type StaffId = (typeof STAFF)[number][0];

const CENTERS = [
  ['ctr-madrid', 'Madrid', ['room-mad-1', 'room-mad-2', 'room-mad-3']],
  ['ctr-barcelona', 'Barcelona', ['room-bcn-1', 'room-bcn-2']],
  ['ctr-lisboa', 'Lisboa', ['room-lis-1', 'room-lis-2']],
] as const;
type CenterId = (typeof CENTERS)[number][0];
type RoomId = (typeof CENTERS)[number][2][number];

const ORIGIN_IDS = ['walk-in', 'online-booking', 'referral', 'instagram', 'google', 'import', 'other'] as const;
const NOTE_CATEGORY_IDS = ['note-general', 'note-preferences', 'note-medical', 'note-reminder'] as const;
const ALERT_TYPE_IDS = ['alert-payment', 'alert-behaviour', 'alert-medical', 'alert-vip'] as const;
const DOCUMENT_TYPE_IDS = ['doc-consent', 'doc-id', 'doc-medical', 'doc-photo', 'doc-other'] as const;
const ACCOUNT_IDS = ['acc-cash', 'acc-card', 'acc-bank'] as const;
const FORM_IDS = ['form-intake', 'form-consent-laser', 'form-consent-peel', 'form-physio'] as const;

const ES: CatalogText = {
  services: {
    'svc-cut': ['Corte y peinado', 'Peluquería'],
    'svc-color': ['Coloración completa', 'Peluquería'],
    'svc-highlights': ['Mechas balayage', 'Peluquería'],
    'svc-keratin': ['Alisado de keratina', 'Peluquería'],
    'svc-barber': ['Corte de caballero y barba', 'Barbería'],
    'svc-manicure': ['Manicura semipermanente', 'Uñas'],
    'svc-pedicure': ['Pedicura spa', 'Uñas'],
    'svc-lash': ['Lifting y tinte de pestañas', 'Estética'],
    'svc-facial': ['Limpieza facial profunda', 'Estética'],
    'svc-peel': ['Peeling químico', 'Medicina estética'],
    'svc-laser': ['Depilación láser (zona media)', 'Medicina estética'],
    'svc-botox': ['Toxina botulínica (1 zona)', 'Medicina estética'],
    'svc-massage': ['Masaje descontracturante', 'Spa'],
    'svc-physio': ['Sesión de fisioterapia', 'Fisioterapia'],
  },
  roles: {
    'stf-lucia': 'Estilista',
    'stf-marcos': 'Barbero',
    'stf-carla': 'Esteticista',
    'stf-ines': 'Médica estética',
    'stf-tiago': 'Fisioterapeuta',
    'stf-nuria': 'Manicurista',
    'stf-sofia': 'Masajista',
  },
  centers: { 'ctr-madrid': 'Centro Madrid Salamanca', 'ctr-barcelona': 'Centro Barcelona Eixample', 'ctr-lisboa': 'Centro Lisboa Chiado' },
  rooms: {
    'room-mad-1': 'Cabina 1',
    'room-mad-2': 'Cabina 2',
    'room-mad-3': 'Sala de láser',
    'room-bcn-1': 'Cabina A',
    'room-bcn-2': 'Cabina B',
    'room-lis-1': 'Sala 1',
    'room-lis-2': 'Sala de fisioterapia',
  },
  origins: {
    'walk-in': 'Sin cita',
    'online-booking': 'Reserva online',
    referral: 'Recomendación',
    instagram: 'Instagram',
    google: 'Google',
    import: 'Importación',
    other: 'Otro',
  },
  noteCategories: { 'note-general': 'General', 'note-preferences': 'Preferencias', 'note-medical': 'Historial médico', 'note-reminder': 'Recordatorio' },
  alertTypes: { 'alert-payment': 'Pago', 'alert-behaviour': 'Comportamiento', 'alert-medical': 'Médica', 'alert-vip': 'Trato VIP' },
  documentTypes: {
    'doc-consent': 'Consentimiento',
    'doc-id': 'Documento de identidad',
    'doc-medical': 'Informe médico',
    'doc-photo': 'Foto antes/después',
    'doc-other': 'Otro',
  },
  transactionAccounts: { 'acc-cash': 'Caja de recepción', 'acc-card': 'Datáfono', 'acc-bank': 'Cuenta bancaria' },
  formTemplates: {
    'form-intake': ['Ficha de admisión', 'Datos personales y antecedentes'],
    'form-consent-laser': ['Consentimiento láser', 'Consentimiento informado para depilación láser'],
    'form-consent-peel': ['Consentimiento peeling', 'Consentimiento informado para peeling químico'],
    'form-physio': ['Anamnesis de fisioterapia', 'Historia clínica y dolor'],
  },
  membershipPlans: ['Club Belleza', 'Bono Barbería', 'Fisio 10'],
  customFields: { hairType: 'Tipo de cabello', straight: 'Liso', wavy: 'Ondulado', curly: 'Rizado', occupation: 'Profesión', newsletter: 'Boletín de novedades' },
};

const PT_BR: CatalogText = {
  services: {
    'svc-cut': ['Corte e escova', 'Cabeleireiro'],
    'svc-color': ['Coloração completa', 'Cabeleireiro'],
    'svc-highlights': ['Mechas balayage', 'Cabeleireiro'],
    'svc-keratin': ['Alisamento com queratina', 'Cabeleireiro'],
    'svc-barber': ['Corte masculino e barba', 'Barbearia'],
    'svc-manicure': ['Manicure em gel', 'Unhas'],
    'svc-pedicure': ['Pedicure spa', 'Unhas'],
    'svc-lash': ['Lash lifting e tintura de cílios', 'Estética'],
    'svc-facial': ['Limpeza de pele profunda', 'Estética'],
    'svc-peel': ['Peeling químico', 'Medicina estética'],
    'svc-laser': ['Depilação a laser (área média)', 'Medicina estética'],
    'svc-botox': ['Toxina botulínica (1 área)', 'Medicina estética'],
    'svc-massage': ['Massagem relaxante muscular', 'Spa'],
    'svc-physio': ['Sessão de fisioterapia', 'Fisioterapia'],
  },
  roles: {
    'stf-lucia': 'Cabeleireira',
    'stf-marcos': 'Barbeiro',
    'stf-carla': 'Esteticista',
    'stf-ines': 'Médica estética',
    'stf-tiago': 'Fisioterapeuta',
    'stf-nuria': 'Manicure',
    'stf-sofia': 'Massoterapeuta',
  },
  centers: { 'ctr-madrid': 'Unidade Madri Salamanca', 'ctr-barcelona': 'Unidade Barcelona Eixample', 'ctr-lisboa': 'Unidade Lisboa Chiado' },
  rooms: {
    'room-mad-1': 'Cabine 1',
    'room-mad-2': 'Cabine 2',
    'room-mad-3': 'Sala de laser',
    'room-bcn-1': 'Cabine A',
    'room-bcn-2': 'Cabine B',
    'room-lis-1': 'Sala 1',
    'room-lis-2': 'Sala de fisioterapia',
  },
  origins: {
    'walk-in': 'Sem agendamento',
    'online-booking': 'Agendamento online',
    referral: 'Indicação',
    instagram: 'Instagram',
    google: 'Google',
    import: 'Importação',
    other: 'Outro',
  },
  noteCategories: { 'note-general': 'Geral', 'note-preferences': 'Preferências', 'note-medical': 'Histórico médico', 'note-reminder': 'Lembrete' },
  alertTypes: { 'alert-payment': 'Pagamento', 'alert-behaviour': 'Comportamento', 'alert-medical': 'Médico', 'alert-vip': 'Atendimento VIP' },
  documentTypes: {
    'doc-consent': 'Termo de consentimento',
    'doc-id': 'Documento de identidade',
    'doc-medical': 'Laudo médico',
    'doc-photo': 'Foto antes/depois',
    'doc-other': 'Outro',
  },
  transactionAccounts: { 'acc-cash': 'Caixa da recepção', 'acc-card': 'Maquininha de cartão', 'acc-bank': 'Conta bancária' },
  formTemplates: {
    'form-intake': ['Ficha de anamnese', 'Dados pessoais e histórico'],
    'form-consent-laser': ['Termo de consentimento laser', 'Consentimento informado para depilação a laser'],
    'form-consent-peel': ['Termo de consentimento peeling', 'Consentimento informado para peeling químico'],
    'form-physio': ['Avaliação fisioterapêutica', 'Histórico clínico e dor'],
  },
  membershipPlans: ['Clube Beleza', 'Passe Barbearia', 'Fisio 10'],
  customFields: { hairType: 'Tipo de cabelo', straight: 'Liso', wavy: 'Ondulado', curly: 'Cacheado', occupation: 'Profissão', newsletter: 'Boletim de novidades' },
};

const EN: CatalogText = {
  services: {
    'svc-cut': ['Cut and blow-dry', 'Hair'],
    'svc-color': ['Full colour', 'Hair'],
    'svc-highlights': ['Balayage highlights', 'Hair'],
    'svc-keratin': ['Keratin smoothing', 'Hair'],
    'svc-barber': ["Men's cut and beard", 'Barbering'],
    'svc-manicure': ['Gel manicure', 'Nails'],
    'svc-pedicure': ['Spa pedicure', 'Nails'],
    'svc-lash': ['Lash lift and tint', 'Beauty'],
    'svc-facial': ['Deep-cleansing facial', 'Beauty'],
    'svc-peel': ['Chemical peel', 'Aesthetic medicine'],
    'svc-laser': ['Laser hair removal (medium area)', 'Aesthetic medicine'],
    'svc-botox': ['Botulinum toxin (1 area)', 'Aesthetic medicine'],
    'svc-massage': ['Deep-tissue massage', 'Spa'],
    'svc-physio': ['Physiotherapy session', 'Physiotherapy'],
  },
  roles: {
    'stf-lucia': 'Stylist',
    'stf-marcos': 'Barber',
    'stf-carla': 'Beauty therapist',
    'stf-ines': 'Aesthetic doctor',
    'stf-tiago': 'Physiotherapist',
    'stf-nuria': 'Nail technician',
    'stf-sofia': 'Massage therapist',
  },
  centers: { 'ctr-madrid': 'Madrid Salamanca centre', 'ctr-barcelona': 'Barcelona Eixample centre', 'ctr-lisboa': 'Lisbon Chiado centre' },
  rooms: {
    'room-mad-1': 'Room 1',
    'room-mad-2': 'Room 2',
    'room-mad-3': 'Laser room',
    'room-bcn-1': 'Room A',
    'room-bcn-2': 'Room B',
    'room-lis-1': 'Room 1',
    'room-lis-2': 'Physiotherapy room',
  },
  origins: {
    'walk-in': 'Walk-in',
    'online-booking': 'Online booking',
    referral: 'Referral',
    instagram: 'Instagram',
    google: 'Google',
    import: 'Import',
    other: 'Other',
  },
  noteCategories: { 'note-general': 'General', 'note-preferences': 'Preferences', 'note-medical': 'Medical history', 'note-reminder': 'Reminder' },
  alertTypes: { 'alert-payment': 'Payment', 'alert-behaviour': 'Behaviour', 'alert-medical': 'Medical', 'alert-vip': 'VIP treatment' },
  documentTypes: {
    'doc-consent': 'Consent form',
    'doc-id': 'ID document',
    'doc-medical': 'Medical report',
    'doc-photo': 'Before/after photo',
    'doc-other': 'Other',
  },
  transactionAccounts: { 'acc-cash': 'Front desk cash', 'acc-card': 'Card terminal', 'acc-bank': 'Bank account' },
  formTemplates: {
    'form-intake': ['Intake form', 'Personal details and history'],
    'form-consent-laser': ['Laser consent', 'Informed consent for laser hair removal'],
    'form-consent-peel': ['Peel consent', 'Informed consent for a chemical peel'],
    'form-physio': ['Physiotherapy assessment', 'Clinical history and pain'],
  },
  membershipPlans: ['Beauty Club', 'Barber Pass', 'Physio 10'],
  customFields: { hairType: 'Hair type', straight: 'Straight', wavy: 'Wavy', curly: 'Curly', occupation: 'Occupation', newsletter: 'Newsletter' },
};

/** The catalog's words per locale: a locale missing here, or a missing entry, is a compile error. */
export const CATALOG_TEXT: Record<Locale, CatalogText> = { en: EN, es: ES, 'pt-BR': PT_BR };

const options = <Id extends string>(ids: readonly Id[], labels: Record<Id, string>) => ids.map((id) => ({ id, label: labels[id] }));

/**
 * The demo business: a chain of beauty and aesthetics centers in Madrid, Barcelona and Lisbon,
 * its catalog labelled in `locale` (a host's backend sends its catalog in its users' language).
 */
export function createDemoCatalog(currency: string, locale: Locale = 'es'): Catalog {
  const text = CATALOG_TEXT[locale];
  const money = (amountMinor: number) => ({ amountMinor, currency });
  const [beauty, barber, physio] = text.membershipPlans;
  return {
    currency,
    services: SERVICES.map(([id, durationMinutes, price, requiresSkinTest]) => ({
      id,
      name: text.services[id][0],
      category: text.services[id][1],
      durationMinutes,
      price: money(price),
      requiresSkinTest,
    })),
    staff: STAFF.map(([id, name, centerIds]) => ({ id, name, role: text.roles[id], centerIds: [...centerIds] })),
    centers: CENTERS.map(([id, city, rooms]) => ({ id, name: text.centers[id], city, rooms: rooms.map((room) => ({ id: room, name: text.rooms[room] })) })),
    origins: options(ORIGIN_IDS, text.origins),
    noteCategories: options(NOTE_CATEGORY_IDS, text.noteCategories),
    alertTypes: options(ALERT_TYPE_IDS, text.alertTypes),
    documentTypes: options(DOCUMENT_TYPE_IDS, text.documentTypes),
    transactionAccounts: options(ACCOUNT_IDS, text.transactionAccounts),
    formTemplates: FORM_IDS.map((id) => ({ id, name: text.formTemplates[id][0], description: text.formTemplates[id][1] })),
    membershipPlans: [
      { id: 'plan-beauty', name: beauty, price: money(4900), billingPeriod: 'monthly', creditsPerPeriod: 2, cancellationFee: money(2000) },
      { id: 'plan-barber', name: barber, price: money(3900), billingPeriod: 'monthly', creditsPerPeriod: 2, cancellationFee: null },
      { id: 'plan-physio', name: physio, price: money(39000), billingPeriod: 'yearly', creditsPerPeriod: 10, cancellationFee: money(5000) },
    ],
    customFields: [
      {
        key: 'hairType',
        label: text.customFields.hairType,
        type: 'select',
        required: false,
        options: (['straight', 'wavy', 'curly'] as const).map((id) => ({ id, label: text.customFields[id] })),
      },
      { key: 'occupation', label: text.customFields.occupation, type: 'text', required: false },
      { key: 'newsletter', label: text.customFields.newsletter, type: 'boolean', required: false },
    ],
  };
}
