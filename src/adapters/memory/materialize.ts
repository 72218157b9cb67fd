import type {
  Appointment,
  Catalog,
  Client,
  ClientFile,
  Invoice,
  Membership,
  PersonRef,
  Review,
  SaleLine,
  Transaction,
  WalletMovement,
} from '../../model/index.js';
import { planClient, type PlanContext } from './client-plan.js';
import { ALERT_TEXTS, ALLERGENS, ATTENTION_TEXTS, COMMENT_TEXTS, NOTE_TEXTS, REVIEW_TEXTS, textLanguage } from './demo-data/texts.js';
import { openingHoursMs } from './demo-data/realism.js';
import { chance, createRandom, pick, randomInt } from './random.js';
import type { RelatedRecords } from './related-records.js';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const isoDay = (ms: number) => iso(ms).slice(0, 10);
const FRONT_DESK: PersonRef = { id: 'user-front-desk', name: 'Recepción' };
const ALLERGY_SEVERITIES = ['mild', 'moderate', 'severe', 'life-threatening'] as const;
const PAYMENT_METHODS = ['card', 'card', 'cash', 'transfer', 'wallet'] as const;

/** A small colored SVG so demo galleries show real images without any network. */
function placeholderImage(label: string, hue: number): Blob {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="360"><rect width="100%" height="100%" fill="hsl(${hue} 45% 75%)"/><text x="50%" y="50%" font-family="sans-serif" font-size="28" text-anchor="middle" fill="#333">${label}</text></svg>`;
  return new Blob([svg], { type: 'image/svg+xml' });
}

/**
 * Builds every related record of a demo client from its plan (the same plan its figures came from),
 * so the stored records add up to the figures the list showed before they existed.
 */
export function materializeClient(
  client: Client,
  index: number,
  context: PlanContext,
  catalog: Catalog,
  /** Receives the bytes behind each demo file's blob: URL, by file id. */
  fileBlobs?: Map<string, Blob>,
): RelatedRecords {
  const plan = planClient(index, context);
  const random = createRandom(plan.detailSeed);
  const currency = catalog.currency;
  const money = (amountMinor: number) => ({ amountMinor, currency });
  const lang = textLanguage(client.preferredLanguage);
  const clientId = client.id;
  let sequence = 0;
  const id = (kind: string) => `${clientId}-${kind}-${++sequence}`;
  // Records made on a day (no time of its own) get one in opening hours, from a stream of their own.
  const clock = createRandom(plan.detailSeed ^ 0x3c6ef372);
  const meta = (kind: string, createdMs: number) => {
    const stamp = createdMs % DAY === 0 && createdMs < context.referenceMs ? createdMs + openingHoursMs(clock()) : createdMs;
    return { id: id(kind), version: 1, clientId, createdAt: iso(stamp), updatedAt: iso(stamp) };
  };
  const ref = (item: { id: string; name: string }): PersonRef => ({ id: item.id, name: item.name });
  const staffRef = (index: number) => ref(catalog.staff[index % catalog.staff.length]!);

  const appointments: Appointment[] = [];
  const invoices: Invoice[] = [];
  const transactions: Transaction[] = [];
  const reviews: Review[] = [];
  const procedures: RelatedRecords['procedures'] = [];
  const notes: RelatedRecords['notes'] = [];
  let invoiceNumber = 0;

  for (const visit of plan.visits) {
    const service = catalog.services[visit.serviceIndex]!;
    const center = catalog.centers[visit.centerIndex % catalog.centers.length]!;
    const room = center.rooms.length ? center.rooms[visit.staffIndex % center.rooms.length]! : null;
    const staff = staffRef(visit.staffIndex);
    const endMs = visit.startMs + service.durationMinutes * 60_000;
    const total = visit.serviceMinor + visit.productMinor;
    const paid = visit.invoiceStatus === 'paid' || visit.invoiceStatus === 'refunded' ? total : visit.invoiceStatus === 'partially-paid' ? Math.round(total / 2) : 0;
    const appointment: Appointment = {
      ...meta('apt', visit.startMs - randomInt(random, 1, 20) * DAY),
      startAt: iso(visit.startMs),
      endAt: iso(endMs),
      service: ref(service),
      staff,
      center: ref(center),
      room: room ? ref(room) : null,
      status: visit.status,
      price: money(visit.serviceMinor),
      modality: service.category === 'Fisioterapia' && chance(random, 0.1) ? 'online' : 'in-person',
      confirmation: visit.status === 'booked' ? 'unconfirmed' : 'confirmed',
      paymentStatus: visit.invoiceStatus === 'refunded' ? 'refunded' : paid >= total && total > 0 && visit.invoiceStatus ? 'paid' : paid > 0 ? 'partially-paid' : 'unpaid',
      amountPaid: money(visit.invoiceStatus === 'refunded' ? 0 : paid),
      channel: pick(random, ['online', 'staff', 'phone', 'walk-in'] as const),
    };
    appointments.push(appointment);

    if (visit.invoiceStatus) {
      const subtotal = Math.round(total / 1.21);
      const lines: SaleLine[] = [
        { id: id('line'), itemId: service.id, description: service.name, quantity: 1, unitPrice: money(visit.serviceMinor), discountPercent: 0, taxPercent: 21, total: money(visit.serviceMinor) },
      ];
      if (visit.productMinor) {
        lines.push({ id: id('line'), itemId: null, description: pick(random, ['Champú reparador', 'Sérum vitamina C', 'Crema hidratante', 'Aceite de argán']), quantity: 1, unitPrice: money(visit.productMinor), discountPercent: 0, taxPercent: 21, total: money(visit.productMinor) });
      }
      const invoice: Invoice = {
        ...meta('inv', endMs),
        number: `F${new Date(visit.startMs).getUTCFullYear()}-${String(index + 1).padStart(6, '0')}-${String(++invoiceNumber).padStart(3, '0')}`,
        issuedAt: iso(endMs),
        dueAt: isoDay(endMs + 15 * DAY),
        status: visit.invoiceStatus,
        center: ref(center),
        lines,
        subtotal: money(subtotal),
        tax: money(total - subtotal),
        total: money(total),
        amountPaid: money(paid),
        appointmentId: appointment.id,
      };
      invoices.push(invoice);
      if (paid > 0) {
        const method = pick(random, PAYMENT_METHODS);
        transactions.push({
          ...meta('txn', endMs),
          occurredAt: iso(endMs),
          category: 'service',
          amount: money(paid),
          paymentMethod: method,
          account: method === 'cash' ? { id: 'acc-cash', name: 'Front desk cash' } : { id: 'acc-card', name: 'Card terminal' },
          description: service.name,
          invoiceId: invoice.id,
        });
      }
      if (visit.invoiceStatus === 'refunded') {
        transactions.push({
          ...meta('txn', endMs + 2 * DAY),
          occurredAt: iso(endMs + 2 * DAY),
          category: 'refund',
          amount: money(-paid),
          paymentMethod: 'card',
          account: { id: 'acc-card', name: 'Card terminal' },
          description: service.name,
          invoiceId: invoice.id,
        });
      }
    }
    if (visit.rating) {
      reviews.push({
        ...meta('rev', endMs + DAY),
        rating: visit.rating,
        comment: pick(random, REVIEW_TEXTS[lang]),
        submittedAt: iso(endMs + DAY),
        appointmentId: appointment.id,
        service: ref(service),
        staff,
        source: pick(random, ['booking-page', 'email', 'google'] as const),
        reply: visit.rating <= 2 ? 'Sentimos que no haya quedado satisfecha; le escribimos para compensarlo.' : null,
      });
    }
    if (visit.status === 'completed' && /estética|Fisioterapia|Estética/.test(service.category)) {
      procedures.push({
        ...meta('proc', endMs),
        performedAt: iso(visit.startMs),
        service: ref(service),
        staff,
        center: ref(center),
        appointmentId: appointment.id,
        details: pick(random, ['Zona: axilas. Fluencia 18 J/cm².', 'Zona: rostro completo. Tiempo de exposición 3 min.', 'Tratamiento de zona lumbar, 3 series.', 'Frente y entrecejo, 20 U.']),
        products: chance(random, 0.6) ? [{ name: pick(random, ['Ácido glicólico 30 %', 'Gel conductor', 'Vistabel 50U']), batch: `L${randomInt(random, 1000, 9999)}` }] : [],
        notes: '',
      });
    }
    if (visit.status === 'completed' && chance(random, 0.15)) {
      notes.push({
        ...meta('note', endMs),
        kind: 'attention',
        appointmentId: appointment.id,
        categoryId: 'note-general',
        title: '',
        body: pick(random, ATTENTION_TEXTS[lang]),
        keywords: [],
        attachments: [],
        author: staff,
      });
    }
  }

  const generalNotes = randomInt(random, 0, 3);
  for (let i = 0; i < generalNotes; i++) {
    const text = pick(random, NOTE_TEXTS[lang]);
    const at = plan.sinceMs + randomInt(random, 0, 300) * DAY;
    notes.push({
      ...meta('note', Math.min(at, context.referenceMs - DAY)),
      kind: 'general',
      appointmentId: null,
      categoryId: pick(random, catalog.noteCategories).id,
      title: text.title,
      body: text.body,
      keywords: text.keywords,
      attachments: [],
      author: staffRef(randomInt(random, 0, 10)),
    });
  }

  const comments: RelatedRecords['comments'] = [];
  for (let i = randomInt(random, 0, 3); i > 0; i--) {
    const at = Math.min(context.referenceMs - DAY, plan.sinceMs + randomInt(random, 0, 500) * DAY);
    const linked = appointments.length && chance(random, 0.3) ? pick(random, appointments) : null;
    comments.push({
      ...meta('cmt', at),
      body: pick(random, COMMENT_TEXTS[lang]),
      appointmentId: linked?.id ?? null,
      priority: pick(random, ['low', 'normal', 'normal', 'high', 'urgent'] as const),
      private: chance(random, 0.25),
      pinned: chance(random, 0.2),
      attachments: [],
      author: staffRef(randomInt(random, 0, 10)),
    });
  }

  // Consecutive entries from one random start: never the same allergen twice on one client.
  let firstAllergen = -1;
  const allergies = plan.allergies.map((planned, i) => {
    const draw = randomInt(random, 0, ALLERGENS.length - 1);
    if (firstAllergen < 0) firstAllergen = draw;
    const allergen = ALLERGENS[(firstAllergen + i) % ALLERGENS.length]!;
    const at = plan.sinceMs + randomInt(random, 0, 60) * DAY;
    return {
      ...meta('alg', at),
      allergen: allergen.allergen,
      severity: pick(random, ALLERGY_SEVERITIES),
      type: allergen.type,
      symptoms: allergen.symptoms,
      notes: '',
      diagnosedAt: chance(random, 0.6) ? isoDay(at - randomInt(random, 100, 3000) * DAY) : null,
      active: planned.active,
    };
  });

  const alerts = plan.alerts.map((planned) => {
    const text = pick(random, ALERT_TEXTS);
    return {
      ...meta('alr', plan.sinceMs + randomInt(random, 0, 200) * DAY),
      typeId: text.typeId,
      priority: pick(random, ['low', 'medium', 'high', 'critical'] as const),
      description: text.description,
      active: planned.active,
    };
  });

  const skinTests: RelatedRecords['skinTests'] = [];
  const testedServices = catalog.services.filter((service) => service.requiresSkinTest && plan.visits.some((visit) => catalog.services[visit.serviceIndex]?.id === service.id));
  for (const service of testedServices) {
    const performedMs = Math.max(plan.sinceMs, context.referenceMs - randomInt(random, 5, 400) * DAY);
    const status = pick(random, ['satisfactory', 'satisfactory', 'satisfactory', 'unsatisfactory', 'pending', 'in-progress'] as const);
    skinTests.push({
      ...meta('skt', performedMs),
      subject: service.name,
      serviceId: service.id,
      status,
      performedAt: status === 'pending' ? null : isoDay(performedMs),
      expiresAt: status === 'satisfactory' ? isoDay(performedMs + 180 * DAY) : null,
      responsible: staffRef(randomInt(random, 0, 10)),
      description: status === 'unsatisfactory' ? 'Reacción eritematosa a las 48 h.' : 'Prueba de 48 h detrás de la oreja.',
    });
  }

  const walletMovements: WalletMovement[] = [];
  let balance = 0;
  let rewards = 0;
  for (const op of plan.wallet) {
    const pocket = op.kind === 'reward' || op.kind === 'reward-redeemed' ? 'rewards' : 'balance';
    const signed = op.kind === 'deduct-funds' || op.kind === 'reward-redeemed' ? -op.amountMinor : op.amountMinor;
    if (pocket === 'balance') balance += signed;
    else rewards += signed;
    walletMovements.push({
      ...meta('wal', op.atMs),
      occurredAt: iso(op.atMs),
      kind: op.kind,
      pocket,
      amount: money(signed),
      balanceAfter: money(pocket === 'balance' ? balance : rewards),
      note: op.kind === 'add-funds' ? 'Recarga de saldo' : op.kind === 'reward' ? 'Recompensa por fidelidad' : '',
      by: FRONT_DESK,
      idempotencyKey: null,
    });
    if (op.kind === 'add-funds') {
      transactions.push({
        ...meta('txn', op.atMs),
        occurredAt: iso(op.atMs),
        category: 'wallet-top-up',
        amount: money(op.amountMinor),
        paymentMethod: 'card',
        account: { id: 'acc-card', name: 'Card terminal' },
        description: 'Recarga de monedero',
        invoiceId: null,
      });
    }
  }

  const files: ClientFile[] = [];
  for (let i = randomInt(random, 0, 4); i > 0; i--) {
    const image = chance(random, 0.5);
    const at = Math.min(context.referenceMs - DAY, plan.sinceMs + randomInt(random, 0, 500) * DAY);
    const documentTypeId = image ? 'doc-photo' : pick(random, ['doc-consent', 'doc-id', 'doc-medical'] as const);
    const name = image ? `foto-${isoDay(at)}.svg` : `${documentTypeId.slice(4)}-${isoDay(at)}.txt`;
    const blob = image
      ? placeholderImage(isoDay(at), randomInt(random, 0, 360))
      : new Blob([`${name}\n${client.firstName} ${client.lastName ?? ''}`], { type: 'text/plain' });
    const url = URL.createObjectURL(blob);
    const fileMeta = meta('file', at);
    fileBlobs?.set(fileMeta.id, blob);
    files.push({
      ...fileMeta,
      name,
      mimeType: image ? 'image/svg+xml' : 'text/plain',
      size: randomInt(random, 20_000, 2_000_000),
      kind: image ? 'image' : 'document',
      documentTypeId,
      url,
      thumbnailUrl: image ? url : null,
      visibleToClient: chance(random, 0.3),
      uploadedAt: iso(at),
      uploadedBy: staffRef(randomInt(random, 0, 10)),
      description: '',
    });
  }

  const forms: RelatedRecords['forms'] = [];
  for (let i = randomInt(random, 0, 2); i > 0; i--) {
    const template = pick(random, catalog.formTemplates);
    const at = plan.sinceMs + randomInt(random, 0, 30) * DAY;
    const status = pick(random, ['completed', 'completed', 'pending', 'in-progress', 'expired'] as const);
    forms.push({
      ...meta('frm', at),
      formId: template.id,
      formName: template.name,
      status,
      assignedAt: iso(at),
      completedAt: status === 'completed' ? iso(at + 2 * DAY) : null,
      source: chance(random, 0.5) ? 'automatic' : 'manual',
      responseUrl: null,
    });
  }

  const memberships: Membership[] = [];
  if (chance(random, 0.15)) {
    const plan_ = pick(random, catalog.membershipPlans);
    const startedMs = Math.max(plan.sinceMs, context.referenceMs - randomInt(random, 30, 500) * DAY);
    const active = chance(random, 0.8);
    const payments = Array.from({ length: randomInt(random, 1, 6) }, (_, i) => {
      const failed = chance(random, 0.1);
      return {
        id: id('pay'),
        at: iso(startedMs + i * 30 * DAY),
        amount: plan_.price,
        status: failed ? ('failed' as const) : ('succeeded' as const),
        failureReason: failed ? 'Tarjeta rechazada (fondos insuficientes)' : null,
        kind: 'recurring' as const,
      };
    }).reverse();
    memberships.push({
      ...meta('mbr', startedMs),
      planId: plan_.id,
      planName: plan_.name,
      center: ref(catalog.centers[0]!),
      soldBy: staffRef(randomInt(random, 0, 10)),
      status: active ? (payments[0]?.status === 'failed' ? 'past-due' : 'active') : 'cancelled',
      startedAt: isoDay(startedMs),
      nextPaymentAt: active ? isoDay(context.referenceMs + randomInt(random, 1, 28) * DAY) : null,
      price: plan_.price,
      billingPeriod: plan_.billingPeriod,
      card: { brand: pick(random, ['Visa', 'Mastercard']), last4: String(randomInt(random, 1000, 9999)) },
      note: '',
      cancelledAt: active ? null : iso(context.referenceMs - randomInt(random, 1, 20) * DAY),
      credits: Array.from({ length: plan_.creditsPerPeriod }, () => {
        const used = chance(random, 0.5);
        return {
          id: id('crd'),
          serviceName: pick(random, catalog.services).name,
          status: used ? ('used' as const) : ('available' as const),
          grantedAt: iso(startedMs),
          expiresAt: isoDay(context.referenceMs + randomInt(random, 10, 90) * DAY),
          usedAt: used ? iso(context.referenceMs - randomInt(random, 1, 25) * DAY) : null,
        };
      }),
      payments,
    });
  }

  const giftCards: RelatedRecords['giftCards'] = [];
  for (let i = chance(random, 0.1) ? randomInt(random, 1, 2) : 0; i > 0; i--) {
    const at = context.referenceMs - randomInt(random, 10, 300) * DAY;
    const initial = randomInt(random, 2, 15) * 1000;
    const balanceLeft = chance(random, 0.3) ? 0 : Math.round(initial * random());
    giftCards.push({
      ...meta('gft', at),
      code: `•••• ${randomInt(random, 1000, 9999)}`,
      initialValue: money(initial),
      balance: money(balanceLeft),
      status: balanceLeft === 0 ? 'redeemed' : 'active',
      purchasedAt: iso(at),
      expiresAt: isoDay(at + 365 * DAY),
      recipientName: chance(random, 0.3) ? 'Regalo de cumpleaños' : null,
    });
  }

  const dislikedServices: RelatedRecords['dislikedServices'] = [];
  if (chance(random, 0.1)) {
    const service = pick(random, catalog.services);
    dislikedServices.push({ ...meta('dis', plan.sinceMs + DAY), service: ref(service), comment: 'No le gustó el resultado la última vez.' });
  }

  function demoQuotes(): RelatedRecords['quotes'] {
    if (!chance(random, 0.25)) return [];
    const service = pick(random, catalog.services);
    const sessions = randomInt(random, 3, 8);
    const at = Math.min(context.referenceMs - DAY, plan.sinceMs + randomInt(random, 0, 400) * DAY);
    const status = pick(random, ['draft', 'sent', 'accepted', 'rejected', 'expired'] as const);
    const lineTotal = service.price.amountMinor * sessions;
    const discounted = Math.round(lineTotal * 0.9);
    const author = staffRef(randomInt(random, 0, 10));
    const history: RelatedRecords['quotes'][number]['history'] = [{ status: 'draft', at: iso(at), by: author }];
    if (status !== 'draft') history.push({ status: 'sent', at: iso(at + DAY), by: author });
    if (status !== 'draft' && status !== 'sent') history.push({ status, at: iso(at + 5 * DAY), by: author });
    return [
      {
        ...meta('quo', at),
        updatedAt: history[history.length - 1]!.at,
        number: `P-${String(index + 1).padStart(6, '0')}-1`,
        title: `Bono ${sessions} × ${service.name}`,
        validUntil: isoDay(at + 30 * DAY),
        lines: [{ id: id('line'), itemId: service.id, description: service.name, quantity: sessions, unitPrice: service.price, discountPercent: 10, taxPercent: 21, total: money(discounted) }],
        notes: '',
        status,
        total: money(discounted),
        createdBy: author,
        history,
        invoiceId: null,
      },
    ];
  }

  const marketing = chance(random, 0.6);
  return {
    appointments,
    procedures,
    invoices,
    quotes: demoQuotes(),
    transactions: transactions.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt)),
    walletMovements,
    notes,
    comments,
    allergies,
    skinTests,
    alerts,
    files,
    forms,
    reviews,
    memberships,
    giftCards,
    dislikedServices,
    preferences: {
      clientId,
      version: 1,
      updatedAt: client.createdAt,
      matrix: {
        appointments: { sms: true, push: true, email: true },
        service: { sms: chance(random, 0.8), push: true, email: true },
        packages: { sms: false, push: true, email: chance(random, 0.7) },
        marketing: { sms: marketing && chance(random, 0.5), push: marketing, email: marketing },
        transactions: { sms: false, push: false, email: true },
      },
    },
  };
}
