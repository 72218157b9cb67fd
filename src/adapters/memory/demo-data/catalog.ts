import type { Catalog } from '../../../model/index.js';

/** The demo business: a chain of beauty and aesthetics centers in Madrid, Barcelona and Lisbon. */
export function createDemoCatalog(currency: string): Catalog {
  const money = (amountMinor: number) => ({ amountMinor, currency });
  const service = (id: string, name: string, category: string, durationMinutes: number, price: number, requiresSkinTest = false) => ({
    id,
    name,
    category,
    durationMinutes,
    price: money(price),
    requiresSkinTest,
  });
  return {
    currency,
    services: [
      service('svc-cut', 'Corte y peinado', 'Peluquería', 45, 3500),
      service('svc-color', 'Coloración completa', 'Peluquería', 90, 6500, true),
      service('svc-highlights', 'Mechas balayage', 'Peluquería', 150, 12000, true),
      service('svc-keratin', 'Alisado de keratina', 'Peluquería', 120, 15000),
      service('svc-barber', 'Corte de caballero y barba', 'Barbería', 40, 2500),
      service('svc-manicure', 'Manicura semipermanente', 'Uñas', 45, 2800),
      service('svc-pedicure', 'Pedicura spa', 'Uñas', 60, 3500),
      service('svc-lash', 'Lifting y tinte de pestañas', 'Estética', 60, 4500, true),
      service('svc-facial', 'Limpieza facial profunda', 'Estética', 60, 5500),
      service('svc-peel', 'Peeling químico', 'Medicina estética', 45, 9000, true),
      service('svc-laser', 'Depilación láser (zona media)', 'Medicina estética', 30, 7500),
      service('svc-botox', 'Toxina botulínica (1 zona)', 'Medicina estética', 30, 25000),
      service('svc-massage', 'Masaje descontracturante', 'Spa', 60, 6000),
      service('svc-physio', 'Sesión de fisioterapia', 'Fisioterapia', 50, 4500),
    ],
    staff: [
      { id: 'stf-lucia', name: 'Lucía Romero', role: 'Estilista', centerIds: ['ctr-madrid'] },
      { id: 'stf-marcos', name: 'Marcos Ibáñez', role: 'Barbero', centerIds: ['ctr-madrid', 'ctr-barcelona'] },
      { id: 'stf-carla', name: 'Carla Puig', role: 'Esteticista', centerIds: ['ctr-barcelona'] },
      { id: 'stf-ines', name: 'Inês Carvalho', role: 'Médica estética', centerIds: ['ctr-lisboa', 'ctr-madrid'] },
      { id: 'stf-tiago', name: 'Tiago Simões', role: 'Fisioterapeuta', centerIds: ['ctr-lisboa'] },
      { id: 'stf-nuria', name: 'Núria Vidal', role: 'Manicurista', centerIds: ['ctr-barcelona', 'ctr-madrid'] },
      { id: 'stf-sofia', name: 'Sofía Méndez', role: 'Masajista', centerIds: ['ctr-madrid'] },
    ],
    centers: [
      { id: 'ctr-madrid', name: 'Centro Madrid Salamanca', city: 'Madrid', rooms: [{ id: 'room-mad-1', name: 'Cabina 1' }, { id: 'room-mad-2', name: 'Cabina 2' }, { id: 'room-mad-3', name: 'Sala de láser' }] },
      { id: 'ctr-barcelona', name: 'Centro Barcelona Eixample', city: 'Barcelona', rooms: [{ id: 'room-bcn-1', name: 'Cabina A' }, { id: 'room-bcn-2', name: 'Cabina B' }] },
      { id: 'ctr-lisboa', name: 'Centro Lisboa Chiado', city: 'Lisboa', rooms: [{ id: 'room-lis-1', name: 'Sala 1' }, { id: 'room-lis-2', name: 'Sala de fisioterapia' }] },
    ],
    origins: [
      { id: 'walk-in', label: 'Walk-in' },
      { id: 'online-booking', label: 'Online booking' },
      { id: 'referral', label: 'Referral' },
      { id: 'instagram', label: 'Instagram' },
      { id: 'google', label: 'Google' },
      { id: 'import', label: 'Import' },
      { id: 'other', label: 'Other' },
    ],
    noteCategories: [
      { id: 'note-general', label: 'General' },
      { id: 'note-preferences', label: 'Preferences' },
      { id: 'note-medical', label: 'Medical history' },
      { id: 'note-reminder', label: 'Reminder' },
    ],
    alertTypes: [
      { id: 'alert-payment', label: 'Payment' },
      { id: 'alert-behaviour', label: 'Behaviour' },
      { id: 'alert-medical', label: 'Medical' },
      { id: 'alert-vip', label: 'VIP treatment' },
    ],
    documentTypes: [
      { id: 'doc-consent', label: 'Consent form' },
      { id: 'doc-id', label: 'ID document' },
      { id: 'doc-medical', label: 'Medical report' },
      { id: 'doc-photo', label: 'Before/after photo' },
      { id: 'doc-other', label: 'Other' },
    ],
    transactionAccounts: [
      { id: 'acc-cash', label: 'Front desk cash' },
      { id: 'acc-card', label: 'Card terminal' },
      { id: 'acc-bank', label: 'Bank account' },
    ],
    formTemplates: [
      { id: 'form-intake', name: 'Ficha de admisión', description: 'Datos personales y antecedentes' },
      { id: 'form-consent-laser', name: 'Consentimiento láser', description: 'Consentimiento informado para depilación láser' },
      { id: 'form-consent-peel', name: 'Consentimiento peeling', description: 'Consentimiento informado para peeling químico' },
      { id: 'form-physio', name: 'Anamnesis de fisioterapia', description: 'Historia clínica y dolor' },
    ],
    membershipPlans: [
      { id: 'plan-beauty', name: 'Beauty Club', price: money(4900), billingPeriod: 'monthly', creditsPerPeriod: 2, cancellationFee: money(2000) },
      { id: 'plan-barber', name: 'Barber Pass', price: money(3900), billingPeriod: 'monthly', creditsPerPeriod: 2, cancellationFee: null },
      { id: 'plan-physio', name: 'Physio 10', price: money(39000), billingPeriod: 'yearly', creditsPerPeriod: 10, cancellationFee: money(5000) },
    ],
    customFields: [
      { key: 'hairType', label: 'Hair type', type: 'select', required: false, options: [{ id: 'straight', label: 'Straight' }, { id: 'wavy', label: 'Wavy' }, { id: 'curly', label: 'Curly' }] },
      { key: 'occupation', label: 'Occupation', type: 'text', required: false },
      { key: 'newsletter', label: 'Newsletter', type: 'boolean', required: false },
    ],
  };
}
