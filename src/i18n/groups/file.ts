/*
 * Strings of the <client-file> area, in en, es and pt-BR. The interface is the contract: a string
 * missing from one locale fails the type check. Owned by the file elements; see ../translation.ts.
 */
import type { DraftField } from '../../elements/client-profile/profile-draft.js';
import type { PluralForms } from '../translation.js';

export interface FileStrings {
  /** The element's accessible name. */
  label: string;
  loadingClient: string;
  /** "Loading Profile…" while a tab's code loads. */
  loadingTab: (tab: string) => string;
  /** Empty state: no client-id given. */
  noClientTitle: string;
  noClientMessage: string;
  /** Accessible name of the tab list. */
  tabsLabel: string;
  /** A tab marked as holding unsaved changes. */
  unsavedChanges: string;
  tabs: {
    profile: string;
    preferences: string;
    dislikedServices: string;
    insights: string;
  };
  /** Shared states (state-view.ts). */
  state: {
    notFoundTitle: string;
    /** After an optimistic change was rolled back: "Your change was undone. {reason}". */
    rolledBack: (reason: string) => string;
  };
  header: {
    status: string;
    groups: string;
    tags: string;
    clientSince: string;
    lastVisit: string;
    noVisits: string;
    nextVisit: string;
    walletBalance: string;
    weight: string;
    /** Read after the weight on its button (visually hidden): "62.5 kg, edit weight". */
    editWeight: string;
    /** The weight button when no weight is recorded. */
    addWeight: string;
    weightInput: string;
    weightInvalid: string;
    /** The switch's label. */
    blacklistLabel: string;
    /** Badge and read-only text when the block is on / off. */
    blacklistOn: string;
    blacklistOff: string;
    /** What the block means. */
    blacklistHelp: string;
    /** "{count} active alerts". */
    alertCount: PluralForms;
    /** "highest: Critical". */
    highestPriority: (priority: string) => string;
    allergies: string;
    badgesFailed: string;
    inTrash: string;
    /** Accessible name of the contact actions group. */
    contact: string;
    call: string;
    whatsapp: string;
    email: string;
    newAppointment: string;
  };
  profile: {
    loading: string;
    /** Heading of the form: "Editing María López". */
    editTitle: (name: string) => string;
    saved: string;
    saveFailed: string;
    draftKept: string;
    /** Option meaning "no value" in selects. */
    none: string;
    noAddress: string;
    noCustomFields: string;
    noPhones: string;
    addPhone: string;
    /** "Phone 2", the label of a phone row. */
    phoneNumber: (position: number) => string;
    phoneType: (position: number) => string;
    sections: {
      general: string;
      personal: string;
      contact: string;
      address: string;
      additional: string;
      origin: string;
      groups: string;
    };
    fields: {
      status: string;
      weight: string;
      weightKg: string;
      bookingBlacklisted: string;
      clientSince: string;
      avatarUrl: string;
      firstName: string;
      middleName: string;
      lastName: string;
      birthDate: string;
      gender: string;
      nationalId: string;
      phones: string;
      primary: string;
      email: string;
      preferredLanguage: string;
      line1: string;
      line2: string;
      city: string;
      region: string;
      postalCode: string;
      country: string;
      origin: string;
      referredBy: string;
      referralSearch: string;
      groups: string;
      tags: string;
      center: string;
    };
    hints: {
      avatarUrl: string;
      referralSearch: string;
    };
    /** Names of the fields in the conflict table. */
    fieldNames: Record<DraftField, string>;
    errors: {
      required: string;
      tooLong: (max: number) => string;
      tooBig: (max: number) => string;
      email: string;
      phone: string;
      date: string;
      number: string;
      positive: string;
      country: string;
      language: string;
      url: string;
      invalid: string;
    };
    conflict: {
      title: string;
      caption: string;
      field: string;
      theirs: string;
      yours: string;
      unchanged: string;
      noFieldChanges: string;
      reload: string;
      overwrite: string;
    };
    discard: {
      title: string;
      message: string;
      keep: string;
      discard: string;
    };
  };
  preferences: {
    title: string;
    intro: string;
    loading: string;
    unavailable: string;
    /** Header of the topic column (visually hidden). */
    topic: string;
    /** Accessible name of one switch: "Marketing by SMS". */
    switchLabel: (topic: string, channel: string) => string;
    /** "Last updated {date}". */
    updated: (date: string) => string;
  };
  disliked: {
    title: string;
    intro: string;
    loading: string;
    unavailable: string;
    add: string;
    addTitle: string;
    editTitle: (service: string) => string;
    service: string;
    chooseService: string;
    serviceRequired: string;
    comment: string;
    commentHint: string;
    noComment: string;
    /** "Added on {date}". */
    added: (date: string) => string;
    emptyTitle: string;
    emptyMessage: string;
    conflict: string;
    overwrite: string;
    removeTitle: string;
    removeMessage: (service: string) => string;
  };
  insights: {
    title: string;
    loading: string;
    unavailable: string;
    noVisitsTitle: string;
    noVisitsMessage: (since: string) => string;
    lapsedTitle: string;
    /** "Last came {days} ago; usually every {interval}." */
    lapsedMessage: (since: string, interval: string) => string;
    favourites: string;
    frequency: string;
    /** "Every 3 weeks" / "Every 21 days". */
    every: (interval: string) => string;
    perMonth: (visits: string) => string;
    lastVisit: string;
    never: string;
    clientSince: string;
    anniversary: (date: string, inDays: string) => string;
    anniversaryToday: string;
    reliability: string;
    showRate: string;
    lifetimeSpend: string;
    averageTicket: (amount: string) => string;
    amountDue: string;
    days: PluralForms;
    visits: PluralForms;
    noShows: PluralForms;
    lateCancellations: PluralForms;
  };
}

export const fileEn: FileStrings = {
  label: 'Client file',
  loadingClient: 'Loading the client…',
  loadingTab: (tab) => `Loading ${tab}…`,
  noClientTitle: 'No client selected',
  noClientMessage: 'Choose a client to see their file.',
  tabsLabel: 'Client file sections',
  unsavedChanges: 'Unsaved changes',
  tabs: {
    profile: 'Profile',
    preferences: 'Preferences',
    dislikedServices: 'Disliked services',
    insights: 'Insights',
  },
  state: {
    notFoundTitle: 'Client not found',
    rolledBack: (reason) => `Your change couldn’t be saved and was undone. ${reason}`,
  },
  header: {
    status: 'Status',
    groups: 'Groups',
    tags: 'Tags',
    clientSince: 'Client since',
    lastVisit: 'Last visit',
    noVisits: 'No visits yet',
    nextVisit: 'Next visit',
    walletBalance: 'Wallet balance',
    weight: 'Weight',
    editWeight: 'edit weight',
    addWeight: 'Add weight',
    weightInput: 'Weight in kilograms',
    weightInvalid: 'Enter a weight between 0 and 500 kg, or leave it empty.',
    blacklistLabel: 'Block online booking',
    blacklistOn: 'Online booking blocked',
    blacklistOff: 'Online booking allowed',
    blacklistHelp: 'When blocked, this client can’t book online and can only join the waitlist. Staff can still book for them.',
    alertCount: { one: '{count} active alert', other: '{count} active alerts' },
    highestPriority: (priority) => `highest: ${priority}`,
    allergies: 'Active allergies',
    badgesFailed: 'Alerts and allergies couldn’t be loaded.',
    inTrash: 'This client is in the trash. Restore them from the client list to make changes.',
    contact: 'Contact',
    call: 'Call',
    whatsapp: 'WhatsApp',
    email: 'Email',
    newAppointment: 'New appointment',
  },
  profile: {
    loading: 'Loading the profile…',
    editTitle: (name) => `Editing ${name}`,
    saved: 'Changes saved.',
    saveFailed: 'Your changes weren’t saved.',
    draftKept: 'Everything you entered is still here; try again when you’re ready.',
    none: 'Not specified',
    noAddress: 'No address on file.',
    noCustomFields: 'No additional fields have been set up.',
    noPhones: 'No phone numbers yet.',
    addPhone: 'Add phone',
    phoneNumber: (position) => `Phone ${position}`,
    phoneType: (position) => `Type of phone ${position}`,
    sections: {
      general: 'General',
      personal: 'Personal details',
      contact: 'Contact',
      address: 'Address',
      additional: 'Additional information',
      origin: 'Origin and referral',
      groups: 'Groups and branch',
    },
    fields: {
      status: 'Status',
      weight: 'Weight',
      weightKg: 'Weight (kg)',
      bookingBlacklisted: 'Online booking',
      clientSince: 'Client since',
      avatarUrl: 'Photo URL',
      firstName: 'First name',
      middleName: 'Middle name',
      lastName: 'Last name',
      birthDate: 'Date of birth',
      gender: 'Gender',
      nationalId: 'National ID',
      phones: 'Phone numbers',
      primary: 'Main',
      email: 'Email',
      preferredLanguage: 'Preferred language',
      line1: 'Street and number',
      line2: 'Apartment, floor, etc.',
      city: 'City',
      region: 'State or province',
      postalCode: 'Postal code',
      country: 'Country',
      origin: 'How they found us',
      referredBy: 'Referred by',
      referralSearch: 'Find who referred them',
      groups: 'Groups',
      tags: 'Tags',
      center: 'Preferred branch',
    },
    hints: {
      avatarUrl: 'A link starting with https://',
      referralSearch: 'Type at least two letters of a name, phone or email.',
    },
    fieldNames: {
      status: 'Status',
      weightKg: 'Weight',
      bookingBlacklisted: 'Online booking blocked',
      avatarUrl: 'Photo',
      firstName: 'First name',
      middleName: 'Middle name',
      lastName: 'Last name',
      birthDate: 'Date of birth',
      gender: 'Gender',
      nationalId: 'National ID',
      phones: 'Phone numbers',
      email: 'Email',
      preferredLanguage: 'Preferred language',
      address: 'Address',
      customFields: 'Additional information',
      origin: 'How they found us',
      referredByClientId: 'Referred by',
      groupIds: 'Groups',
      tagIds: 'Tags',
      centerId: 'Preferred branch',
    },
    errors: {
      required: 'This field is required.',
      tooLong: (max) => `Use at most ${max} characters.`,
      tooBig: (max) => `Enter a value no greater than ${max}.`,
      email: 'Enter a valid email address, like name@example.com.',
      phone: 'Enter a phone number with at least 6 digits (only digits, spaces and + - . ( ) are allowed).',
      date: 'Enter a valid date.',
      number: 'Enter a number.',
      positive: 'Enter a number greater than zero.',
      country: 'Choose a country.',
      language: 'Choose a language.',
      url: 'Enter a link that starts with https://.',
      invalid: 'Check this value.',
    },
    conflict: {
      title: 'Someone else changed this client while you were editing',
      caption: 'Fields changed since you started editing',
      field: 'Field',
      theirs: 'Now saved',
      yours: 'Your change',
      unchanged: 'Not changed by you',
      noFieldChanges: 'None of the fields you can edit here changed.',
      reload: 'Load their changes and keep mine',
      overwrite: 'Save mine over theirs',
    },
    discard: {
      title: 'Discard your changes?',
      message: 'You have changes that haven’t been saved. If you leave now, they’ll be lost.',
      keep: 'Keep editing',
      discard: 'Discard changes',
    },
  },
  preferences: {
    title: 'Communication preferences',
    intro: 'Choose which messages this client receives. Each change is saved right away.',
    loading: 'Loading communication preferences…',
    unavailable: 'Communication preferences aren’t available with this data source.',
    topic: 'Topic',
    switchLabel: (topic, channel) => `${topic} by ${channel}`,
    updated: (date) => `Last updated ${date}`,
  },
  disliked: {
    title: 'Disliked services',
    intro: 'Services this client doesn’t want. Booking warns about or refuses them.',
    loading: 'Loading disliked services…',
    unavailable: 'Disliked services aren’t available with this data source.',
    add: 'Add disliked service',
    addTitle: 'New disliked service',
    editTitle: (service) => `Edit “${service}”`,
    service: 'Service',
    chooseService: 'Choose a service…',
    serviceRequired: 'Choose a service.',
    comment: 'Comment',
    commentHint: 'Why the client doesn’t want it (optional).',
    noComment: 'No comment',
    added: (date) => `Added on ${date}`,
    emptyTitle: 'No disliked services',
    emptyMessage: 'When the client mentions a service they don’t want, add it here so nobody books it by mistake.',
    conflict: 'Someone else changed this entry meanwhile. The list shows their version; your text is still here. Saving again will replace theirs.',
    overwrite: 'Save mine over theirs',
    removeTitle: 'Remove disliked service?',
    removeMessage: (service) => `“${service}” will no longer be marked as disliked for this client.`,
  },
  insights: {
    title: 'Insights',
    loading: 'Loading insights…',
    unavailable: 'Insights aren’t available with this data source.',
    noVisitsTitle: 'No visits yet',
    noVisitsMessage: (since) => `A client since ${since}. Figures appear after their first visit.`,
    lapsedTitle: 'Lapsed client: time to follow up',
    lapsedMessage: (since, interval) => `Their last visit was ${since} ago, and they usually come every ${interval}.`,
    favourites: 'Favourite services',
    frequency: 'Visit frequency',
    every: (interval) => `Every ${interval}`,
    perMonth: (visits) => `${visits} visits a month`,
    lastVisit: 'Last visit',
    never: 'Never',
    clientSince: 'Client since',
    anniversary: (date, inDays) => `Next anniversary ${date} (in ${inDays})`,
    anniversaryToday: 'Their client anniversary is today!',
    reliability: 'Reliability',
    showRate: 'of booked visits attended',
    lifetimeSpend: 'Lifetime spend',
    averageTicket: (amount) => `Average ticket ${amount}`,
    amountDue: 'Amount due',
    days: { one: '{count} day', other: '{count} days' },
    visits: { one: '{count} visit', other: '{count} visits' },
    noShows: { one: '{count} no-show', other: '{count} no-shows' },
    lateCancellations: { one: '{count} late cancellation', other: '{count} late cancellations' },
  },
};

export const fileEs: FileStrings = {
  label: 'Ficha del cliente',
  loadingClient: 'Cargando el cliente…',
  loadingTab: (tab) => `Cargando ${tab}…`,
  noClientTitle: 'Ningún cliente seleccionado',
  noClientMessage: 'Elige un cliente para ver su ficha.',
  tabsLabel: 'Secciones de la ficha',
  unsavedChanges: 'Cambios sin guardar',
  tabs: {
    profile: 'Perfil',
    preferences: 'Preferencias',
    dislikedServices: 'Servicios no deseados',
    insights: 'Estadísticas',
  },
  state: {
    notFoundTitle: 'Cliente no encontrado',
    rolledBack: (reason) => `No se pudo guardar el cambio y se ha deshecho. ${reason}`,
  },
  header: {
    status: 'Estado',
    groups: 'Grupos',
    tags: 'Etiquetas',
    clientSince: 'Cliente desde',
    lastVisit: 'Última visita',
    noVisits: 'Aún sin visitas',
    nextVisit: 'Próxima visita',
    walletBalance: 'Saldo del monedero',
    weight: 'Peso',
    editWeight: 'editar peso',
    addWeight: 'Añadir peso',
    weightInput: 'Peso en kilogramos',
    weightInvalid: 'Introduce un peso entre 0 y 500 kg o déjalo vacío.',
    blacklistLabel: 'Bloquear reservas online',
    blacklistOn: 'Reservas online bloqueadas',
    blacklistOff: 'Reservas online permitidas',
    blacklistHelp: 'Con el bloqueo activo, este cliente no puede reservar online y solo puede apuntarse a la lista de espera. El equipo sí puede reservarle cita.',
    alertCount: { one: '{count} alerta activa', other: '{count} alertas activas' },
    highestPriority: (priority) => `la más alta: ${priority}`,
    allergies: 'Alergias activas',
    badgesFailed: 'No se han podido cargar las alertas y alergias.',
    inTrash: 'Este cliente está en la papelera. Restáuralo desde la lista de clientes para hacer cambios.',
    contact: 'Contacto',
    call: 'Llamar',
    whatsapp: 'WhatsApp',
    email: 'Correo',
    newAppointment: 'Nueva cita',
  },
  profile: {
    loading: 'Cargando el perfil…',
    editTitle: (name) => `Editando a ${name}`,
    saved: 'Cambios guardados.',
    saveFailed: 'No se han guardado los cambios.',
    draftKept: 'Todo lo que has escrito sigue aquí; vuelve a intentarlo cuando quieras.',
    none: 'Sin especificar',
    noAddress: 'No hay ninguna dirección registrada.',
    noCustomFields: 'No se ha configurado ningún campo adicional.',
    noPhones: 'Todavía no hay teléfonos.',
    addPhone: 'Añadir teléfono',
    phoneNumber: (position) => `Teléfono ${position}`,
    phoneType: (position) => `Tipo del teléfono ${position}`,
    sections: {
      general: 'General',
      personal: 'Datos personales',
      contact: 'Contacto',
      address: 'Dirección',
      additional: 'Información adicional',
      origin: 'Origen y recomendación',
      groups: 'Grupos y centro',
    },
    fields: {
      status: 'Estado',
      weight: 'Peso',
      weightKg: 'Peso (kg)',
      bookingBlacklisted: 'Reservas online',
      clientSince: 'Cliente desde',
      avatarUrl: 'URL de la foto',
      firstName: 'Nombre',
      middleName: 'Segundo nombre',
      lastName: 'Apellidos',
      birthDate: 'Fecha de nacimiento',
      gender: 'Género',
      nationalId: 'Documento de identidad',
      phones: 'Teléfonos',
      primary: 'Principal',
      email: 'Correo electrónico',
      preferredLanguage: 'Idioma preferido',
      line1: 'Calle y número',
      line2: 'Piso, puerta, etc.',
      city: 'Ciudad',
      region: 'Provincia o región',
      postalCode: 'Código postal',
      country: 'País',
      origin: 'Cómo nos conoció',
      referredBy: 'Recomendado por',
      referralSearch: 'Buscar quién lo recomendó',
      groups: 'Grupos',
      tags: 'Etiquetas',
      center: 'Centro preferido',
    },
    hints: {
      avatarUrl: 'Un enlace que empiece por https://',
      referralSearch: 'Escribe al menos dos letras de un nombre, teléfono o correo.',
    },
    fieldNames: {
      status: 'Estado',
      weightKg: 'Peso',
      bookingBlacklisted: 'Reservas online bloqueadas',
      avatarUrl: 'Foto',
      firstName: 'Nombre',
      middleName: 'Segundo nombre',
      lastName: 'Apellidos',
      birthDate: 'Fecha de nacimiento',
      gender: 'Género',
      nationalId: 'Documento de identidad',
      phones: 'Teléfonos',
      email: 'Correo electrónico',
      preferredLanguage: 'Idioma preferido',
      address: 'Dirección',
      customFields: 'Información adicional',
      origin: 'Cómo nos conoció',
      referredByClientId: 'Recomendado por',
      groupIds: 'Grupos',
      tagIds: 'Etiquetas',
      centerId: 'Centro preferido',
    },
    errors: {
      required: 'Este campo es obligatorio.',
      tooLong: (max) => `Usa como máximo ${max} caracteres.`,
      tooBig: (max) => `Introduce un valor que no supere ${max}.`,
      email: 'Introduce un correo válido, como nombre@ejemplo.com.',
      phone: 'Introduce un teléfono de al menos 6 dígitos (solo se admiten dígitos, espacios y + - . ( )).',
      date: 'Introduce una fecha válida.',
      number: 'Introduce un número.',
      positive: 'Introduce un número mayor que cero.',
      country: 'Elige un país.',
      language: 'Elige un idioma.',
      url: 'Introduce un enlace que empiece por https://.',
      invalid: 'Revisa este valor.',
    },
    conflict: {
      title: 'Otra persona ha modificado este cliente mientras lo editabas',
      caption: 'Campos modificados desde que empezaste a editar',
      field: 'Campo',
      theirs: 'Guardado ahora',
      yours: 'Tu cambio',
      unchanged: 'No lo has cambiado',
      noFieldChanges: 'No ha cambiado ninguno de los campos que se editan aquí.',
      reload: 'Cargar sus cambios y mantener los míos',
      overwrite: 'Guardar los míos encima',
    },
    discard: {
      title: '¿Descartar los cambios?',
      message: 'Tienes cambios sin guardar. Si sales ahora, se perderán.',
      keep: 'Seguir editando',
      discard: 'Descartar cambios',
    },
  },
  preferences: {
    title: 'Preferencias de comunicación',
    intro: 'Elige qué mensajes recibe este cliente. Cada cambio se guarda al momento.',
    loading: 'Cargando las preferencias de comunicación…',
    unavailable: 'Las preferencias de comunicación no están disponibles con esta fuente de datos.',
    topic: 'Tema',
    switchLabel: (topic, channel) => `${topic} por ${channel}`,
    updated: (date) => `Última actualización: ${date}`,
  },
  disliked: {
    title: 'Servicios no deseados',
    intro: 'Servicios que este cliente no quiere. Al reservar se avisa o se impiden.',
    loading: 'Cargando los servicios no deseados…',
    unavailable: 'Los servicios no deseados no están disponibles con esta fuente de datos.',
    add: 'Añadir servicio no deseado',
    addTitle: 'Nuevo servicio no deseado',
    editTitle: (service) => `Editar «${service}»`,
    service: 'Servicio',
    chooseService: 'Elige un servicio…',
    serviceRequired: 'Elige un servicio.',
    comment: 'Comentario',
    commentHint: 'Por qué no lo quiere (opcional).',
    noComment: 'Sin comentario',
    added: (date) => `Añadido el ${date}`,
    emptyTitle: 'No hay servicios no deseados',
    emptyMessage: 'Cuando el cliente mencione un servicio que no quiere, añádelo aquí para que nadie se lo reserve por error.',
    conflict: 'Otra persona ha modificado esta entrada mientras tanto. La lista muestra su versión y tu texto sigue aquí. Si vuelves a guardar, reemplazarás la suya.',
    overwrite: 'Guardar el mío encima',
    removeTitle: '¿Quitar el servicio no deseado?',
    removeMessage: (service) => `«${service}» dejará de estar marcado como no deseado para este cliente.`,
  },
  insights: {
    title: 'Estadísticas',
    loading: 'Cargando las estadísticas…',
    unavailable: 'Las estadísticas no están disponibles con esta fuente de datos.',
    noVisitsTitle: 'Aún sin visitas',
    noVisitsMessage: (since) => `Cliente desde el ${since}. Las cifras aparecerán tras su primera visita.`,
    lapsedTitle: 'Ha dejado de venir: conviene hacer seguimiento',
    lapsedMessage: (since, interval) => `Su última visita fue hace ${since} y suele venir cada ${interval}.`,
    favourites: 'Servicios favoritos',
    frequency: 'Frecuencia de visita',
    every: (interval) => `Cada ${interval}`,
    perMonth: (visits) => `${visits} visitas al mes`,
    lastVisit: 'Última visita',
    never: 'Nunca',
    clientSince: 'Cliente desde',
    anniversary: (date, inDays) => `Próximo aniversario: ${date} (dentro de ${inDays})`,
    anniversaryToday: '¡Hoy es su aniversario como cliente!',
    reliability: 'Fiabilidad',
    showRate: 'de asistencia a las citas reservadas',
    lifetimeSpend: 'Gasto total',
    averageTicket: (amount) => `Ticket medio: ${amount}`,
    amountDue: 'Importe pendiente',
    days: { one: '{count} día', other: '{count} días' },
    visits: { one: '{count} visita', other: '{count} visitas' },
    noShows: { one: '{count} ausencia', other: '{count} ausencias' },
    lateCancellations: { one: '{count} cancelación tardía', other: '{count} cancelaciones tardías' },
  },
};

export const filePtBR: FileStrings = {
  label: 'Ficha do cliente',
  loadingClient: 'Carregando o cliente…',
  loadingTab: (tab) => `Carregando ${tab}…`,
  noClientTitle: 'Nenhum cliente selecionado',
  noClientMessage: 'Escolha um cliente para ver a ficha dele.',
  tabsLabel: 'Seções da ficha',
  unsavedChanges: 'Alterações não salvas',
  tabs: {
    profile: 'Perfil',
    preferences: 'Preferências',
    dislikedServices: 'Serviços indesejados',
    insights: 'Indicadores',
  },
  state: {
    notFoundTitle: 'Cliente não encontrado',
    rolledBack: (reason) => `Não foi possível salvar a alteração, e ela foi desfeita. ${reason}`,
  },
  header: {
    status: 'Status',
    groups: 'Grupos',
    tags: 'Etiquetas',
    clientSince: 'Cliente desde',
    lastVisit: 'Última visita',
    noVisits: 'Nenhuma visita ainda',
    nextVisit: 'Próxima visita',
    walletBalance: 'Saldo da carteira',
    weight: 'Peso',
    editWeight: 'editar peso',
    addWeight: 'Adicionar peso',
    weightInput: 'Peso em quilogramas',
    weightInvalid: 'Informe um peso entre 0 e 500 kg ou deixe em branco.',
    blacklistLabel: 'Bloquear agendamento online',
    blacklistOn: 'Agendamento online bloqueado',
    blacklistOff: 'Agendamento online permitido',
    blacklistHelp: 'Com o bloqueio ativo, este cliente não pode agendar online e só pode entrar na lista de espera. A equipe ainda pode agendar para ele.',
    alertCount: { one: '{count} alerta ativo', other: '{count} alertas ativos' },
    highestPriority: (priority) => `maior prioridade: ${priority}`,
    allergies: 'Alergias ativas',
    badgesFailed: 'Não foi possível carregar os alertas e as alergias.',
    inTrash: 'Este cliente está na lixeira. Restaure-o pela lista de clientes para fazer alterações.',
    contact: 'Contato',
    call: 'Ligar',
    whatsapp: 'WhatsApp',
    email: 'E-mail',
    newAppointment: 'Novo agendamento',
  },
  profile: {
    loading: 'Carregando o perfil…',
    editTitle: (name) => `Editando ${name}`,
    saved: 'Alterações salvas.',
    saveFailed: 'Suas alterações não foram salvas.',
    draftKept: 'Tudo o que você digitou continua aqui; tente de novo quando quiser.',
    none: 'Não informado',
    noAddress: 'Nenhum endereço cadastrado.',
    noCustomFields: 'Nenhum campo adicional foi configurado.',
    noPhones: 'Ainda não há telefones.',
    addPhone: 'Adicionar telefone',
    phoneNumber: (position) => `Telefone ${position}`,
    phoneType: (position) => `Tipo do telefone ${position}`,
    sections: {
      general: 'Geral',
      personal: 'Dados pessoais',
      contact: 'Contato',
      address: 'Endereço',
      additional: 'Informações adicionais',
      origin: 'Origem e indicação',
      groups: 'Grupos e unidade',
    },
    fields: {
      status: 'Status',
      weight: 'Peso',
      weightKg: 'Peso (kg)',
      bookingBlacklisted: 'Agendamento online',
      clientSince: 'Cliente desde',
      avatarUrl: 'URL da foto',
      firstName: 'Nome',
      middleName: 'Nome do meio',
      lastName: 'Sobrenome',
      birthDate: 'Data de nascimento',
      gender: 'Gênero',
      nationalId: 'Documento de identidade (CPF)',
      phones: 'Telefones',
      primary: 'Principal',
      email: 'E-mail',
      preferredLanguage: 'Idioma preferido',
      line1: 'Rua e número',
      line2: 'Complemento',
      city: 'Cidade',
      region: 'Estado',
      postalCode: 'CEP',
      country: 'País',
      origin: 'Como nos conheceu',
      referredBy: 'Indicado por',
      referralSearch: 'Buscar quem indicou',
      groups: 'Grupos',
      tags: 'Etiquetas',
      center: 'Unidade preferida',
    },
    hints: {
      avatarUrl: 'Um link que comece com https://',
      referralSearch: 'Digite pelo menos duas letras de um nome, telefone ou e-mail.',
    },
    fieldNames: {
      status: 'Status',
      weightKg: 'Peso',
      bookingBlacklisted: 'Agendamento online bloqueado',
      avatarUrl: 'Foto',
      firstName: 'Nome',
      middleName: 'Nome do meio',
      lastName: 'Sobrenome',
      birthDate: 'Data de nascimento',
      gender: 'Gênero',
      nationalId: 'Documento de identidade',
      phones: 'Telefones',
      email: 'E-mail',
      preferredLanguage: 'Idioma preferido',
      address: 'Endereço',
      customFields: 'Informações adicionais',
      origin: 'Como nos conheceu',
      referredByClientId: 'Indicado por',
      groupIds: 'Grupos',
      tagIds: 'Etiquetas',
      centerId: 'Unidade preferida',
    },
    errors: {
      required: 'Este campo é obrigatório.',
      tooLong: (max) => `Use no máximo ${max} caracteres.`,
      tooBig: (max) => `Informe um valor de até ${max}.`,
      email: 'Informe um e-mail válido, como nome@exemplo.com.',
      phone: 'Informe um telefone com pelo menos 6 dígitos (apenas dígitos, espaços e + - . ( ) são aceitos).',
      date: 'Informe uma data válida.',
      number: 'Informe um número.',
      positive: 'Informe um número maior que zero.',
      country: 'Escolha um país.',
      language: 'Escolha um idioma.',
      url: 'Informe um link que comece com https://.',
      invalid: 'Confira este valor.',
    },
    conflict: {
      title: 'Outra pessoa alterou este cliente enquanto você editava',
      caption: 'Campos alterados desde que você começou a editar',
      field: 'Campo',
      theirs: 'Salvo agora',
      yours: 'Sua alteração',
      unchanged: 'Você não alterou',
      noFieldChanges: 'Nenhum dos campos editáveis aqui foi alterado.',
      reload: 'Carregar as alterações dela e manter as minhas',
      overwrite: 'Salvar as minhas por cima',
    },
    discard: {
      title: 'Descartar as alterações?',
      message: 'Você tem alterações não salvas. Se sair agora, elas serão perdidas.',
      keep: 'Continuar editando',
      discard: 'Descartar alterações',
    },
  },
  preferences: {
    title: 'Preferências de comunicação',
    intro: 'Escolha quais mensagens este cliente recebe. Cada alteração é salva na hora.',
    loading: 'Carregando as preferências de comunicação…',
    unavailable: 'As preferências de comunicação não estão disponíveis com esta fonte de dados.',
    topic: 'Assunto',
    switchLabel: (topic, channel) => `${topic} por ${channel}`,
    updated: (date) => `Última atualização: ${date}`,
  },
  disliked: {
    title: 'Serviços indesejados',
    intro: 'Serviços que este cliente não quer. O agendamento avisa ou os recusa.',
    loading: 'Carregando os serviços indesejados…',
    unavailable: 'Os serviços indesejados não estão disponíveis com esta fonte de dados.',
    add: 'Adicionar serviço indesejado',
    addTitle: 'Novo serviço indesejado',
    editTitle: (service) => `Editar “${service}”`,
    service: 'Serviço',
    chooseService: 'Escolha um serviço…',
    serviceRequired: 'Escolha um serviço.',
    comment: 'Comentário',
    commentHint: 'Por que o cliente não quer (opcional).',
    noComment: 'Sem comentário',
    added: (date) => `Adicionado em ${date}`,
    emptyTitle: 'Nenhum serviço indesejado',
    emptyMessage: 'Quando o cliente mencionar um serviço que não quer, adicione-o aqui para que ninguém o agende por engano.',
    conflict: 'Outra pessoa alterou este item nesse meio-tempo. A lista mostra a versão dela e o seu texto continua aqui. Se salvar de novo, a sua substituirá a dela.',
    overwrite: 'Salvar o meu por cima',
    removeTitle: 'Remover o serviço indesejado?',
    removeMessage: (service) => `“${service}” deixará de estar marcado como indesejado para este cliente.`,
  },
  insights: {
    title: 'Indicadores',
    loading: 'Carregando os indicadores…',
    unavailable: 'Os indicadores não estão disponíveis com esta fonte de dados.',
    noVisitsTitle: 'Nenhuma visita ainda',
    noVisitsMessage: (since) => `Cliente desde ${since}. Os números aparecem depois da primeira visita.`,
    lapsedTitle: 'Deixou de vir: hora de retomar o contato',
    lapsedMessage: (since, interval) => `A última visita foi há ${since}, e costuma vir a cada ${interval}.`,
    favourites: 'Serviços favoritos',
    frequency: 'Frequência de visitas',
    every: (interval) => `A cada ${interval}`,
    perMonth: (visits) => `${visits} visitas por mês`,
    lastVisit: 'Última visita',
    never: 'Nunca',
    clientSince: 'Cliente desde',
    anniversary: (date, inDays) => `Próximo aniversário de cliente: ${date} (em ${inDays})`,
    anniversaryToday: 'Hoje é o aniversário de cliente!',
    reliability: 'Assiduidade',
    showRate: 'de comparecimento aos horários agendados',
    lifetimeSpend: 'Gasto total',
    averageTicket: (amount) => `Tíquete médio: ${amount}`,
    amountDue: 'Valor em aberto',
    days: { '=0': '0 dias', one: '{count} dia', other: '{count} dias' },
    visits: { '=0': 'nenhuma visita', one: '{count} visita', other: '{count} visitas' },
    noShows: { '=0': 'nenhuma falta', one: '{count} falta', other: '{count} faltas' },
    lateCancellations: { '=0': 'nenhum cancelamento tardio', one: '{count} cancelamento tardio', other: '{count} cancelamentos tardios' },
  },
};
