import type { NotificationTemplate } from '../entities/notification.entity.ts';

/** Languages with templates; anything else gets the default. */
export const NOTIFICATION_LANGUAGES = ['en', 'fr'] as const;
export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: NotificationLanguage = 'en';

/** `fr`, `fr-FR`, `FR_ca` → `fr`; unknown or missing → undefined. */
export function supportedLanguage(value: string | null | undefined): NotificationLanguage | undefined {
  const primary = value?.trim().toLowerCase().split(/[-_]/)[0];
  return NOTIFICATION_LANGUAGES.find((language) => language === primary);
}

export interface Money {
  amount: number;
  currency: string;
}

/**
 * What a template may speak of; each event fills what it knows. Staff's reasons for a hold or a
 * cancellation are never quoted: they are internal (some are fraud screening).
 */
export interface MessageFacts {
  firstName: string | null;
  orderNumber: string | null;
  total?: Money | null;
  carrier?: string | null;
  trackingNumbers?: readonly string[];
  code?: string | null;
  deadline?: Date | null;
  paymentDueInStore?: boolean;
  curbside?: boolean;
  refund?: Money | null;
}

export interface RenderedMessage {
  subject: string;
  text: string;
}

interface Phrasebook {
  hello(name: string | null): string;
  order(number: string | null): string;
  signature: string;
  money(value: Money): string;
  date(value: Date): string;
  templates: Record<NotificationTemplate, (facts: MessageFacts, book: Phrasebook) => { subject: string; lines: (string | null)[] }>;
}

function formatMoney(locale: string, value: Money): string {
  const { maximumFractionDigits = 2 } = new Intl.NumberFormat(locale, { style: 'currency', currency: value.currency }).resolvedOptions();
  return new Intl.NumberFormat(locale, { style: 'currency', currency: value.currency }).format(value.amount / 10 ** maximumFractionDigits);
}

const formatDate = (locale: string, value: Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(value);

const en: Phrasebook = {
  hello: (name) => (name ? `Hello ${name},` : 'Hello,'),
  order: (number) => (number ? `order ${number}` : 'your order'),
  signature: 'Thank you for shopping with us.',
  money: (value) => formatMoney('en-GB', value),
  date: (value) => formatDate('en-GB', value),
  templates: {
    ORDER_CONFIRMED: (facts, book) => ({
      subject: `Your ${book.order(facts.orderNumber)} is confirmed`,
      lines: [`We have received and confirmed your ${book.order(facts.orderNumber)}.`, facts.total ? `Total: ${book.money(facts.total)}.` : null, 'We will let you know as soon as it is on its way.'],
    }),
    ORDER_ON_HOLD: (facts, book) => ({
      subject: `Your ${book.order(facts.orderNumber)} is on hold`,
      lines: [`Your ${book.order(facts.orderNumber)} is on hold while we check a few details.`, 'We will write again as soon as it moves on; there is nothing you need to do for now.'],
    }),
    ORDER_HOLD_RELEASED: (facts, book) => ({
      subject: `Your ${book.order(facts.orderNumber)} is on its way again`,
      lines: [`The hold on your ${book.order(facts.orderNumber)} has been released and we are preparing it.`],
    }),
    ORDER_SHIPPED: (facts, book) => ({
      subject: `Your ${book.order(facts.orderNumber)} has shipped`,
      lines: [
        `Good news: a parcel of your ${book.order(facts.orderNumber)} is on its way${facts.carrier ? ` with ${facts.carrier}` : ''}.`,
        facts.trackingNumbers?.length ? `Tracking number${facts.trackingNumbers.length > 1 ? 's' : ''}: ${facts.trackingNumbers.join(', ')}.` : null,
      ],
    }),
    ORDER_DELIVERED: (facts, book) => ({
      subject: `Your ${book.order(facts.orderNumber)} has been delivered`,
      lines: [`A parcel of your ${book.order(facts.orderNumber)} has been delivered.`, 'We hope you enjoy it.'],
    }),
    PICKUP_READY: (facts, book) => ({
      subject: `Your ${book.order(facts.orderNumber)} is ready for pickup`,
      lines: [
        `Your ${book.order(facts.orderNumber)} is waiting for you in store.`,
        facts.code ? `Your pickup code: ${facts.code}. Show it at the counter; keep it to yourself.` : null,
        facts.curbside ? 'When you arrive, tell us where you parked and we will bring it out to you.' : null,
        facts.paymentDueInStore ? 'You will pay for it in store.' : null,
        facts.deadline ? `Please collect it by ${book.date(facts.deadline)}.` : null,
      ],
    }),
    PICKED_UP: (facts, book) => ({
      subject: `Your ${book.order(facts.orderNumber)} has been collected`,
      lines: [`Your ${book.order(facts.orderNumber)} has been collected in store.`],
    }),
    PICKUP_EXPIRED: (facts, book) => ({
      subject: `Your ${book.order(facts.orderNumber)} was not collected`,
      lines: [`Your ${book.order(facts.orderNumber)} was not collected in time and has been cancelled; any payment will be returned.`],
    }),
    ORDER_CANCELLED: (facts, book) => ({
      subject: `Your ${book.order(facts.orderNumber)} has been cancelled`,
      lines: [`Your ${book.order(facts.orderNumber)} has been cancelled.`, 'Any payment taken will be returned to you.'],
    }),
    ORDER_REFUNDED: (facts, book) => ({
      subject: `A refund for your ${book.order(facts.orderNumber)}`,
      lines: [facts.refund ? `We have refunded ${book.money(facts.refund)} for your ${book.order(facts.orderNumber)}.` : `We have issued a refund for your ${book.order(facts.orderNumber)}.`, 'It may take a few days to appear on your statement.'],
    }),
  },
};

const fr: Phrasebook = {
  hello: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
  order: (number) => (number ? `commande ${number}` : 'commande'),
  signature: 'Merci pour votre confiance.',
  money: (value) => formatMoney('fr-FR', value),
  date: (value) => formatDate('fr-FR', value),
  templates: {
    ORDER_CONFIRMED: (facts, book) => ({
      subject: `Votre ${book.order(facts.orderNumber)} est confirmée`,
      lines: [`Nous avons bien reçu et confirmé votre ${book.order(facts.orderNumber)}.`, facts.total ? `Montant total : ${book.money(facts.total)}.` : null, 'Nous vous préviendrons dès son expédition.'],
    }),
    ORDER_ON_HOLD: (facts, book) => ({
      subject: `Votre ${book.order(facts.orderNumber)} est en attente`,
      lines: [`Votre ${book.order(facts.orderNumber)} est en attente le temps de quelques vérifications.`, 'Nous vous écrirons dès qu’elle reprendra son cours ; vous n’avez rien à faire pour l’instant.'],
    }),
    ORDER_HOLD_RELEASED: (facts, book) => ({
      subject: `Votre ${book.order(facts.orderNumber)} reprend son cours`,
      lines: [`L’attente sur votre ${book.order(facts.orderNumber)} est levée ; nous la préparons.`],
    }),
    ORDER_SHIPPED: (facts, book) => ({
      subject: `Votre ${book.order(facts.orderNumber)} a été expédiée`,
      lines: [
        `Bonne nouvelle : un colis de votre ${book.order(facts.orderNumber)} est en route${facts.carrier ? ` avec ${facts.carrier}` : ''}.`,
        facts.trackingNumbers?.length ? `Numéro${facts.trackingNumbers.length > 1 ? 's' : ''} de suivi : ${facts.trackingNumbers.join(', ')}.` : null,
      ],
    }),
    ORDER_DELIVERED: (facts, book) => ({
      subject: `Votre ${book.order(facts.orderNumber)} a été livrée`,
      lines: [`Un colis de votre ${book.order(facts.orderNumber)} a été livré.`, 'Nous espérons qu’il vous plaira.'],
    }),
    PICKUP_READY: (facts, book) => ({
      subject: `Votre ${book.order(facts.orderNumber)} est prête à être retirée`,
      lines: [
        `Votre ${book.order(facts.orderNumber)} vous attend en magasin.`,
        facts.code ? `Votre code de retrait : ${facts.code}. Présentez-le au comptoir et ne le communiquez à personne d’autre.` : null,
        facts.curbside ? 'À votre arrivée, indiquez-nous où vous êtes garé : nous vous l’apporterons.' : null,
        facts.paymentDueInStore ? 'Le paiement se fera en magasin.' : null,
        facts.deadline ? `Merci de la retirer avant le ${book.date(facts.deadline)}.` : null,
      ],
    }),
    PICKED_UP: (facts, book) => ({
      subject: `Votre ${book.order(facts.orderNumber)} a été retirée`,
      lines: [`Votre ${book.order(facts.orderNumber)} a été retirée en magasin.`],
    }),
    PICKUP_EXPIRED: (facts, book) => ({
      subject: `Votre ${book.order(facts.orderNumber)} n’a pas été retirée`,
      lines: [`Votre ${book.order(facts.orderNumber)} n’a pas été retirée à temps et a été annulée ; tout paiement vous sera restitué.`],
    }),
    ORDER_CANCELLED: (facts, book) => ({
      subject: `Votre ${book.order(facts.orderNumber)} a été annulée`,
      lines: [`Votre ${book.order(facts.orderNumber)} a été annulée.`, 'Tout paiement débité vous sera restitué.'],
    }),
    ORDER_REFUNDED: (facts, book) => ({
      subject: `Remboursement de votre ${book.order(facts.orderNumber)}`,
      lines: [facts.refund ? `Nous avons remboursé ${book.money(facts.refund)} pour votre ${book.order(facts.orderNumber)}.` : `Nous avons émis un remboursement pour votre ${book.order(facts.orderNumber)}.`, 'Il peut apparaître sur votre relevé d’ici quelques jours.'],
    }),
  },
};

const PHRASEBOOKS: Record<NotificationLanguage, Phrasebook> = { en, fr };

/** The message of a milestone in a language: a subject and a plain-text body. */
export function renderMessage(template: NotificationTemplate, language: NotificationLanguage, facts: MessageFacts): RenderedMessage {
  const book = PHRASEBOOKS[language];
  const { subject, lines } = book.templates[template](facts, book);
  const text = [book.hello(facts.firstName), '', ...lines.filter((line): line is string => line !== null), '', book.signature].join('\n');
  return { subject, text };
}
