/** Short realistic texts for notes, comments, alerts and reviews, by language. */
type Lang = 'es' | 'pt' | 'en';

export function textLanguage(preferredLanguage: string | null): Lang {
  if (preferredLanguage?.startsWith('pt')) return 'pt';
  if (preferredLanguage?.startsWith('en')) return 'en';
  return 'es';
}

export const NOTE_TEXTS: Record<Lang, readonly { title: string; body: string; keywords: string[] }[]> = {
  es: [
    { title: 'Preferencias', body: 'Prefiere citas a primera hora de la mañana y café sin azúcar.', keywords: ['mañanas', 'café'] },
    { title: 'Color', body: 'Fórmula de color: 7.1 + 8.1 al 50 %, oxidante 20 vol. Revisar raíz a las 6 semanas.', keywords: ['color', 'fórmula'] },
    { title: 'Antecedentes', body: 'Operada de rodilla en 2023. Evitar posturas prolongadas en camilla.', keywords: ['salud'] },
    { title: 'Recordatorio', body: 'Ofrecer el bono de 5 sesiones en la próxima visita.', keywords: ['bono', 'venta'] },
  ],
  pt: [
    { title: 'Preferências', body: 'Prefere horários no fim da tarde e não gosta de música alta.', keywords: ['tarde'] },
    { title: 'Cor', body: 'Fórmula: 6.0 + 7.3, ox 20 vol. Cliente satisfeita com o tom.', keywords: ['cor', 'fórmula'] },
    { title: 'Histórico', body: 'Pele sensível; usar protocolo calmante após a limpeza.', keywords: ['pele'] },
  ],
  en: [
    { title: 'Preferences', body: 'Likes a quiet room and a firm massage pressure.', keywords: ['massage'] },
    { title: 'Reminder', body: 'Birthday next month: offer the complimentary facial.', keywords: ['birthday'] },
    { title: 'History', body: 'Had a mild reaction to a glycolic peel in 2024.', keywords: ['peel', 'reaction'] },
  ],
};

export const ATTENTION_TEXTS: Record<Lang, readonly string[]> = {
  es: ['Llegó 10 minutos tarde; se acortó el servicio.', 'Muy contenta con el resultado, pide repetir con la misma profesional.', 'Se aplicó protocolo calmante por rojez.'],
  pt: ['Chegou atrasada 15 minutos.', 'Adorou o resultado e marcou o retorno.', 'Aplicado protocolo calmante por vermelhidão.'],
  en: ['Arrived 10 minutes late; service shortened.', 'Very happy with the result, wants the same stylist.', 'Applied soothing protocol for redness.'],
};

export const COMMENT_TEXTS: Record<Lang, readonly string[]> = {
  es: ['Confirmar siempre por WhatsApp, no contesta llamadas.', 'Tiene un vale de descuento pendiente de aplicar.', 'Pidió factura a nombre de su empresa.', 'No aparcar en la puerta: lo ha comentado varias veces.'],
  pt: ['Confirmar sempre por WhatsApp.', 'Tem um vale de desconto para usar.', 'Pediu nota fiscal em nome da empresa.'],
  en: ['Always confirm by WhatsApp; does not answer calls.', 'Has a discount voucher to redeem.', 'Asked for invoices in the company name.'],
};

export const REVIEW_TEXTS: Record<Lang, readonly string[]> = {
  es: ['¡Encantada! Volveré seguro.', 'Muy profesionales y puntuales.', 'Buen servicio, aunque tuve que esperar un poco.', 'El resultado no fue el que esperaba.', 'Trato excelente, muy recomendable.'],
  pt: ['Adorei! Voltarei com certeza.', 'Equipe muito profissional.', 'Bom serviço, mas esperei um pouco.', 'Não gostei do resultado.'],
  en: ['Loved it, will be back!', 'Professional and on time.', 'Good service but I had to wait.', 'Not the result I hoped for.'],
};

export const ALLERGENS: readonly { allergen: string; type: 'drug' | 'food' | 'environmental' | 'cosmetic' | 'latex' | 'other'; symptoms: string[] }[] = [
  { allergen: 'PPD (parafenilendiamina)', type: 'cosmetic', symptoms: ['picor', 'eritema'] },
  { allergen: 'Látex', type: 'latex', symptoms: ['urticaria'] },
  { allergen: 'Penicilina', type: 'drug', symptoms: ['erupción cutánea'] },
  { allergen: 'Frutos secos', type: 'food', symptoms: ['anafilaxia'] },
  { allergen: 'Níquel', type: 'environmental', symptoms: ['dermatitis'] },
  { allergen: 'Lidocaína', type: 'drug', symptoms: ['mareo', 'hinchazón'] },
  { allergen: 'Ácido glicólico', type: 'cosmetic', symptoms: ['quemazón', 'rojez'] },
];

export const ALERT_TEXTS: readonly { typeId: string; description: string }[] = [
  { typeId: 'alert-payment', description: 'Tiene un pago pendiente de la última visita.' },
  { typeId: 'alert-behaviour', description: 'Ha faltado a dos citas sin avisar; pedir depósito.' },
  { typeId: 'alert-medical', description: 'Embarazada: no realizar tratamientos con láser ni peelings.' },
  { typeId: 'alert-vip', description: 'Cliente VIP: ofrecer bebida y priorizar su agenda.' },
  { typeId: 'alert-medical', description: 'Marcapasos: no usar aparatología eléctrica.' },
];
