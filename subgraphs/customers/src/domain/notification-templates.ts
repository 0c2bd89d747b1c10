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

export type RefundMethod = 'ORIGINAL_PAYMENT' | 'STORE_CREDIT';
/** An edited order's line: quantity before and after (0 before = added, 0 after = removed). */
export interface LineChange {
  sku: string;
  from: number;
  to: number;
}
export type DeliveryChange = 'ADDRESS' | 'PICKUP_STORE' | 'SHIP_INSTEAD' | 'PICKUP_INSTEAD';
export interface Substitute {
  sku: string;
  quantity: number;
  replacesSku: string;
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
  refundMethod?: RefundMethod | null;
  returnNumber?: string | null;
  returnValue?: Money | null;
  /** A return approved as it was asked for: the request's message gives the send-back instructions. */
  returnApproved?: boolean;
  /** Why a return was refused, as staff wrote it for the customer. */
  reason?: string | null;
  /** The OMS issued the return label (rather than the customer's own carrier). */
  labelIssued?: boolean;
  units?: number;
  /** A return closed without a refund because its value paid for an exchange. */
  paidForExchange?: boolean;
  replacementOrderNumber?: string | null;
  settlement?: string | null;
  difference?: Money | null;
  lineChanges?: readonly LineChange[];
  deliveryChange?: DeliveryChange | null;
  previousTotal?: Money | null;
  alternativeKind?: string | null;
  substitutes?: readonly Substitute[];
}

export interface RenderedMessage {
  subject: string;
  text: string;
}

interface Phrasebook {
  hello(name: string | null): string;
  order(number: string | null): string;
  returnOf(number: string | null | undefined): string;
  /** What to do with an approved return's goods. */
  sendBack: string[];
  /** Where a refund goes and when it shows. */
  refundTo(method: RefundMethod | null | undefined): string;
  /** A total that changed, with what it was when known. */
  newTotal(total: Money | null | undefined, previous: Money | null | undefined): string | null;
  signature: string;
  money(value: Money): string;
  date(value: Date): string;
  templates: Record<NotificationTemplate, (facts: MessageFacts, book: Phrasebook) => { subject: string; lines: (string | null)[] }>;
}

// Formatters are costly to build (a good part of rendering a message), so each is built once.
const moneyFormats = new Map<string, { format: Intl.NumberFormat; minorDigits: number }>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function formatMoney(locale: string, value: Money): string {
  const key = `${locale} ${value.currency}`;
  let known = moneyFormats.get(key);
  if (!known) {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency: value.currency });
    known = { format, minorDigits: format.resolvedOptions().maximumFractionDigits ?? 2 };
    moneyFormats.set(key, known);
  }
  return known.format.format(value.amount / 10 ** known.minorDigits);
}

function formatDate(locale: string, value: Date): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Paris' });
    dateFormats.set(locale, format);
  }
  return format.format(value);
}

const en: Phrasebook = {
  hello: (name) => (name ? `Hello ${name},` : 'Hello,'),
  order: (number) => (number ? `order ${number}` : 'your order'),
  returnOf: (number) => (number ? `return ${number}` : 'your return'),
  sendBack: [
    'What to do next: pack the items, write the return number on the parcel (or put a note with it inside) and hand the parcel in at any of our stores, or send it back to us.',
    'We will write again when it is on its way, when it arrives, and when your refund is made.',
  ],
  refundTo: (method) =>
    method === 'STORE_CREDIT'
      ? 'It has been added to your store credit, ready for your next order.'
      : method === 'ORIGINAL_PAYMENT'
        ? 'It goes back to the payment method you used and may take a few days to appear on your statement.'
        : 'It may take a few days to appear on your statement.',
  newTotal: (total, previous) => (total ? `New total: ${formatMoney('en-GB', total)}${previous && previous.amount !== total.amount ? ` (was ${formatMoney('en-GB', previous)})` : ''}.` : null),
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
      lines: [
        `${facts.refund ? `We have refunded ${book.money(facts.refund)} for your ${book.order(facts.orderNumber)}` : `We have issued a refund for your ${book.order(facts.orderNumber)}`}${facts.returnNumber ? ` (${book.returnOf(facts.returnNumber)})` : ''}.`,
        book.refundTo(facts.refundMethod),
      ],
    }),
    ORDER_EDITED: (facts, book) => ({
      subject: `Your ${book.order(facts.orderNumber)} has been changed`,
      lines: [
        `Your ${book.order(facts.orderNumber)} has been changed as follows:`,
        ...(facts.lineChanges ?? []).map((change) =>
          change.from === 0 ? `- ${change.sku}: ${change.to} added` : change.to === 0 ? `- ${change.sku}: removed` : `- ${change.sku}: ${change.from} → ${change.to}`,
        ),
        facts.deliveryChange === 'ADDRESS' ? '- It will be delivered to the new address.' : null,
        facts.deliveryChange === 'PICKUP_STORE' ? '- You will collect it at the new store you chose.' : null,
        facts.deliveryChange === 'SHIP_INSTEAD' ? '- It will be delivered to you instead of being collected in store.' : null,
        facts.deliveryChange === 'PICKUP_INSTEAD' ? '- You will collect it in store instead of having it delivered.' : null,
        book.newTotal(facts.total, facts.previousTotal),
      ],
    }),
    ORDER_ALTERNATIVE_ACCEPTED: (facts, book) => ({
      subject: `An update on your ${book.order(facts.orderNumber)}`,
      lines: [
        `Some items of your ${book.order(facts.orderNumber)} were not available as planned, so it has been changed to go ahead:`,
        facts.alternativeKind === 'PICKUP_ELSEWHERE' ? 'You will collect it at another store nearby; we will tell you when it is ready.' : null,
        facts.alternativeKind === 'SHIP_TO_HOME' ? 'It will be delivered to you instead of being collected in store.' : null,
        facts.alternativeKind === 'PRESELL' ? 'The missing items will be sent as soon as they arrive.' : null,
        facts.alternativeKind === 'PARTIAL' ? 'The items that were not available have been cancelled and you will not pay for them; the rest goes ahead.' : null,
        ...(facts.alternativeKind === 'SUBSTITUTE' ? (facts.substitutes ?? []).map((line) => `- ${line.quantity} × ${line.sku} instead of ${line.replacesSku}`) : []),
        book.newTotal(facts.total, facts.previousTotal),
      ],
    }),
    RETURN_REQUESTED: (facts, book) =>
      facts.returnApproved
        ? {
            subject: `Your ${book.returnOf(facts.returnNumber)} is approved`,
            lines: [`We have received your return request for your ${book.order(facts.orderNumber)} and approved it. Your return number: ${facts.returnNumber ?? '-'}.`, ...book.sendBack],
          }
        : {
            subject: `We have received your return request ${facts.returnNumber ?? ''}`.trim(),
            lines: [
              `We have received your request to return items of your ${book.order(facts.orderNumber)}. Your return number: ${facts.returnNumber ?? '-'}${facts.returnValue ? ` (value ${book.money(facts.returnValue)})` : ''}.`,
              'What happens next: our team reviews it and writes to you with the decision. Please keep the items until then.',
            ],
          },
    RETURN_APPROVED: (facts, book) => ({
      subject: `Your ${book.returnOf(facts.returnNumber)} is approved`,
      lines: [`Good news: your ${book.returnOf(facts.returnNumber)} for your ${book.order(facts.orderNumber)} is approved.`, ...book.sendBack],
    }),
    RETURN_REJECTED: (facts, book) => ({
      subject: `Your ${book.returnOf(facts.returnNumber)} could not be accepted`,
      lines: [
        `We are sorry: we cannot accept your ${book.returnOf(facts.returnNumber)} for your ${book.order(facts.orderNumber)}.`,
        facts.reason ? `Reason: ${facts.reason}` : null,
        'If you have a question about this decision, please contact our customer care.',
      ],
    }),
    RETURN_IN_TRANSIT: (facts, book) => {
      const tracking = facts.trackingNumbers?.[0];
      return {
        subject: `Your ${book.returnOf(facts.returnNumber)} is on its way to us`,
        lines: [
          facts.labelIssued
            ? `Your ${book.returnOf(facts.returnNumber)} is on its way back to us on our prepaid return label${tracking ? `, tracking number ${tracking}` : ''}.`
            : `Your ${book.returnOf(facts.returnNumber)} is on its way back to us${facts.carrier ? ` with ${facts.carrier}` : ''}${tracking ? `, tracking number ${tracking}` : ''}.`,
          'We will let you know when it arrives.',
        ],
      };
    },
    RETURN_RECEIVED: (facts, book) => ({
      subject: `We have received your ${book.returnOf(facts.returnNumber)}`,
      lines: [
        `Your ${book.returnOf(facts.returnNumber)} has arrived${facts.units ? `: ${facts.units} item${facts.units > 1 ? 's' : ''} received` : ''}.`,
        'We will check the items and then make your refund.',
      ],
    }),
    RETURN_INSPECTED: (facts, book) => ({
      subject: `Your ${book.returnOf(facts.returnNumber)} has been checked`,
      lines: [`We have checked the items of your ${book.returnOf(facts.returnNumber)}.`, 'Your refund follows; we will confirm it in a separate message.'],
    }),
    RETURN_CLOSED: (facts, book) => ({
      subject: `Your ${book.returnOf(facts.returnNumber)} is complete`,
      lines: [
        facts.paidForExchange
          ? `Your ${book.returnOf(facts.returnNumber)} is complete: its value paid for your exchange, so there is nothing more to refund.`
          : `Your ${book.returnOf(facts.returnNumber)} is complete; there is nothing to refund.`,
      ],
    }),
    EXCHANGE_CREATED: (facts, book) => ({
      subject: `Your exchange: replacement order ${facts.replacementOrderNumber ?? ''}`.trim(),
      lines: [
        `We have placed replacement order${facts.replacementOrderNumber ? ` ${facts.replacementOrderNumber}` : ''} for your ${book.returnOf(facts.returnNumber)} of your ${book.order(facts.orderNumber)}.`,
        facts.settlement === 'CHARGED' && facts.difference ? `The price difference of ${book.money(facts.difference)} has been charged to your payment method.` : null,
        facts.settlement === 'DUE' && facts.difference ? `A price difference of ${book.money(facts.difference)} remains to be paid; we will contact you about it.` : null,
        facts.settlement === 'REFUND_WITH_RETURN' && facts.difference ? `The price difference of ${book.money(facts.difference)} will be refunded once we have received your return.` : null,
        facts.settlement === 'NONE' ? 'The items you return pay for it in full.' : null,
        'Please send the items you return as planned; we will tell you when the replacement ships.',
      ],
    }),
    APPEASEMENT_GRANTED: (facts, book) => ({
      subject: `A goodwill gesture for your ${book.order(facts.orderNumber)}`,
      lines: [
        facts.refund
          ? `As a goodwill gesture regarding your ${book.order(facts.orderNumber)}, we have ${facts.refundMethod === 'STORE_CREDIT' ? `added ${book.money(facts.refund)} to your store credit` : `refunded ${book.money(facts.refund)} to your original payment method`}.`
          : `We have made a goodwill gesture about your ${book.order(facts.orderNumber)}.`,
        facts.refundMethod === 'STORE_CREDIT' ? 'You can use it on your next order.' : 'It may take a few days to appear on your statement.',
      ],
    }),
  },
};

const fr: Phrasebook = {
  hello: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
  order: (number) => (number ? `commande ${number}` : 'commande'),
  returnOf: (number) => (number ? `retour ${number}` : 'retour'),
  sendBack: [
    'Et maintenant : emballez les articles, inscrivez le numéro de retour sur le colis (ou glissez-le à l’intérieur sur une note) et déposez le colis dans l’un de nos magasins, ou renvoyez-le-nous.',
    'Nous vous écrirons lorsqu’il sera en route, à son arrivée et lors de votre remboursement.',
  ],
  refundTo: (method) =>
    method === 'STORE_CREDIT'
      ? 'Il a été ajouté à votre avoir, utilisable dès votre prochaine commande.'
      : method === 'ORIGINAL_PAYMENT'
        ? 'Il est reversé sur le moyen de paiement utilisé et peut apparaître sur votre relevé d’ici quelques jours.'
        : 'Il peut apparaître sur votre relevé d’ici quelques jours.',
  newTotal: (total, previous) => (total ? `Nouveau montant total : ${formatMoney('fr-FR', total)}${previous && previous.amount !== total.amount ? ` (au lieu de ${formatMoney('fr-FR', previous)})` : ''}.` : null),
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
      lines: [
        `${facts.refund ? `Nous avons remboursé ${book.money(facts.refund)} pour votre ${book.order(facts.orderNumber)}` : `Nous avons émis un remboursement pour votre ${book.order(facts.orderNumber)}`}${facts.returnNumber ? ` (${book.returnOf(facts.returnNumber)})` : ''}.`,
        book.refundTo(facts.refundMethod),
      ],
    }),
    ORDER_EDITED: (facts, book) => ({
      subject: `Votre ${book.order(facts.orderNumber)} a été modifiée`,
      lines: [
        `Votre ${book.order(facts.orderNumber)} a été modifiée comme suit :`,
        ...(facts.lineChanges ?? []).map((change) =>
          change.from === 0 ? `- ${change.sku} : ${change.to} ajouté(s)` : change.to === 0 ? `- ${change.sku} : retiré` : `- ${change.sku} : ${change.from} → ${change.to}`,
        ),
        facts.deliveryChange === 'ADDRESS' ? '- Elle sera livrée à la nouvelle adresse.' : null,
        facts.deliveryChange === 'PICKUP_STORE' ? '- Vous la retirerez dans le nouveau magasin choisi.' : null,
        facts.deliveryChange === 'SHIP_INSTEAD' ? '- Elle vous sera livrée au lieu d’être retirée en magasin.' : null,
        facts.deliveryChange === 'PICKUP_INSTEAD' ? '- Vous la retirerez en magasin au lieu de vous la faire livrer.' : null,
        book.newTotal(facts.total, facts.previousTotal),
      ],
    }),
    ORDER_ALTERNATIVE_ACCEPTED: (facts, book) => ({
      subject: `Du nouveau sur votre ${book.order(facts.orderNumber)}`,
      lines: [
        `Certains articles de votre ${book.order(facts.orderNumber)} n’étaient pas disponibles comme prévu ; elle a été modifiée pour pouvoir suivre son cours :`,
        facts.alternativeKind === 'PICKUP_ELSEWHERE' ? 'Vous la retirerez dans un autre magasin proche ; nous vous préviendrons dès qu’elle sera prête.' : null,
        facts.alternativeKind === 'SHIP_TO_HOME' ? 'Elle vous sera livrée au lieu d’être retirée en magasin.' : null,
        facts.alternativeKind === 'PRESELL' ? 'Les articles manquants vous seront envoyés dès leur arrivée.' : null,
        facts.alternativeKind === 'PARTIAL' ? 'Les articles indisponibles ont été annulés et ne vous seront pas facturés ; le reste suit son cours.' : null,
        ...(facts.alternativeKind === 'SUBSTITUTE' ? (facts.substitutes ?? []).map((line) => `- ${line.quantity} × ${line.sku} à la place de ${line.replacesSku}`) : []),
        book.newTotal(facts.total, facts.previousTotal),
      ],
    }),
    RETURN_REQUESTED: (facts, book) =>
      facts.returnApproved
        ? {
            subject: `Votre ${book.returnOf(facts.returnNumber)} est accepté`,
            lines: [`Nous avons bien reçu votre demande de retour pour votre ${book.order(facts.orderNumber)} et l’avons acceptée. Votre numéro de retour : ${facts.returnNumber ?? '-'}.`, ...book.sendBack],
          }
        : {
            subject: `Nous avons bien reçu votre demande de retour ${facts.returnNumber ?? ''}`.trim(),
            lines: [
              `Nous avons bien reçu votre demande de retour d’articles de votre ${book.order(facts.orderNumber)}. Votre numéro de retour : ${facts.returnNumber ?? '-'}${facts.returnValue ? ` (valeur ${book.money(facts.returnValue)})` : ''}.`,
              'Et ensuite : notre équipe l’examine et vous écrit pour vous donner sa décision. Merci de conserver les articles d’ici là.',
            ],
          },
    RETURN_APPROVED: (facts, book) => ({
      subject: `Votre ${book.returnOf(facts.returnNumber)} est accepté`,
      lines: [`Bonne nouvelle : votre ${book.returnOf(facts.returnNumber)} pour votre ${book.order(facts.orderNumber)} est accepté.`, ...book.sendBack],
    }),
    RETURN_REJECTED: (facts, book) => ({
      subject: `Votre ${book.returnOf(facts.returnNumber)} n’a pas pu être accepté`,
      lines: [
        `Nous sommes désolés : nous ne pouvons pas accepter votre ${book.returnOf(facts.returnNumber)} pour votre ${book.order(facts.orderNumber)}.`,
        facts.reason ? `Motif : ${facts.reason}` : null,
        'Pour toute question sur cette décision, contactez notre service client.',
      ],
    }),
    RETURN_IN_TRANSIT: (facts, book) => {
      const tracking = facts.trackingNumbers?.[0];
      return {
        subject: `Votre ${book.returnOf(facts.returnNumber)} est en route vers nous`,
        lines: [
          facts.labelIssued
            ? `Votre ${book.returnOf(facts.returnNumber)} est en route vers nous avec notre étiquette de retour prépayée${tracking ? `, numéro de suivi ${tracking}` : ''}.`
            : `Votre ${book.returnOf(facts.returnNumber)} est en route vers nous${facts.carrier ? ` avec ${facts.carrier}` : ''}${tracking ? `, numéro de suivi ${tracking}` : ''}.`,
          'Nous vous préviendrons dès son arrivée.',
        ],
      };
    },
    RETURN_RECEIVED: (facts, book) => ({
      subject: `Nous avons reçu votre ${book.returnOf(facts.returnNumber)}`,
      lines: [
        `Votre ${book.returnOf(facts.returnNumber)} est arrivé${facts.units ? ` : ${facts.units} article${facts.units > 1 ? 's' : ''} reçu${facts.units > 1 ? 's' : ''}` : ''}.`,
        'Nous allons vérifier les articles, puis procéder à votre remboursement.',
      ],
    }),
    RETURN_INSPECTED: (facts, book) => ({
      subject: `Votre ${book.returnOf(facts.returnNumber)} a été vérifié`,
      lines: [`Nous avons vérifié les articles de votre ${book.returnOf(facts.returnNumber)}.`, 'Votre remboursement suit ; nous vous le confirmerons dans un autre message.'],
    }),
    RETURN_CLOSED: (facts, book) => ({
      subject: `Votre ${book.returnOf(facts.returnNumber)} est terminé`,
      lines: [
        facts.paidForExchange
          ? `Votre ${book.returnOf(facts.returnNumber)} est terminé : sa valeur a payé votre échange, il n’y a donc rien d’autre à rembourser.`
          : `Votre ${book.returnOf(facts.returnNumber)} est terminé ; il n’y a rien à rembourser.`,
      ],
    }),
    EXCHANGE_CREATED: (facts, book) => ({
      subject: `Votre échange : commande de remplacement ${facts.replacementOrderNumber ?? ''}`.trim(),
      lines: [
        `Nous avons passé la commande de remplacement${facts.replacementOrderNumber ? ` ${facts.replacementOrderNumber}` : ''} pour votre ${book.returnOf(facts.returnNumber)} de votre ${book.order(facts.orderNumber)}.`,
        facts.settlement === 'CHARGED' && facts.difference ? `La différence de prix de ${book.money(facts.difference)} a été débitée sur votre moyen de paiement.` : null,
        facts.settlement === 'DUE' && facts.difference ? `Une différence de prix de ${book.money(facts.difference)} reste à régler ; nous vous contacterons à ce sujet.` : null,
        facts.settlement === 'REFUND_WITH_RETURN' && facts.difference ? `La différence de prix de ${book.money(facts.difference)} vous sera remboursée à réception de votre retour.` : null,
        facts.settlement === 'NONE' ? 'Les articles retournés la paient entièrement.' : null,
        'Merci de nous renvoyer les articles comme prévu ; nous vous préviendrons de l’expédition du remplacement.',
      ],
    }),
    APPEASEMENT_GRANTED: (facts, book) => ({
      subject: `Un geste commercial pour votre ${book.order(facts.orderNumber)}`,
      lines: [
        facts.refund
          ? `En geste commercial pour votre ${book.order(facts.orderNumber)}, nous avons ${facts.refundMethod === 'STORE_CREDIT' ? `ajouté ${book.money(facts.refund)} à votre avoir` : `remboursé ${book.money(facts.refund)} sur votre moyen de paiement`}.`
          : `Nous avons fait un geste commercial pour votre ${book.order(facts.orderNumber)}.`,
        facts.refundMethod === 'STORE_CREDIT' ? 'Vous pourrez l’utiliser lors de votre prochaine commande.' : 'Il peut apparaître sur votre relevé d’ici quelques jours.',
      ],
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
