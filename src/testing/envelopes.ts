import type { interfaces, Request, RequestEnvelope } from 'ask-sdk-model';
import { marketplaceFor } from './marketplaces';

/** The state of the `payments:autopay_consent` scope in a fixture, or `absent`. */
export type ConsentFixture = 'GRANTED' | 'DENIED' | 'absent';

export interface EnvelopeOptions {
  /** The request's locale. Default `en-US`; `null` leaves it out, as some real envelopes do. */
  readonly locale?: string | null;
  /** Default `amzn1.ask.account.TESTUSER`. */
  readonly userId?: string;
  /** The `payments:autopay_consent` scope. Default `absent` (no `permissions` at all). */
  readonly consent?: ConsentFixture;
  /** Whether the envelope has a `session`. Default true; some real envelopes have none. */
  readonly withSession?: boolean;
  /** `session.new`. Default true: a Connections.Response always starts a new session. */
  readonly newSession?: boolean;
  /** Session attributes. Default none. */
  readonly sessionAttributes?: Record<string, unknown>;
  /** Default `https://api.*.amazonalexa.com` of the locale's marketplace. */
  readonly apiEndpoint?: string;
  /** Default `TEST-ACCESS-TOKEN`. */
  readonly apiAccessToken?: string;
}

export const testSkillId = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';
export const testUserId = 'amzn1.ask.account.TESTUSER';

let requestCounter = 0;

/** A unique request id for each fixture, in the shape Alexa uses. */
export function nextRequestId(): string {
  requestCounter += 1;
  return `amzn1.echo-api.request.00000000-0000-0000-0000-${String(requestCounter).padStart(12, '0')}`;
}

/** Fixtures are stamped with a fixed, realistic time so that transcripts are stable. */
export const fixtureTimestamp = '2022-06-01T12:00:00Z';

/**
 * Wraps a request object in a complete, realistic envelope. Every call builds new objects,
 * so a fixture can be changed freely by the test that asked for it.
 */
export function requestEnvelope(request: Request, options: EnvelopeOptions = {}): RequestEnvelope {
  const locale = options.locale === null ? undefined : (options.locale ?? 'en-US');
  const userId = options.userId ?? testUserId;
  const consent = options.consent ?? 'absent';
  const user: RequestEnvelope['context']['System']['user'] = { userId };
  if (consent !== 'absent') {
    user.permissions = { scopes: { 'payments:autopay_consent': { status: consent } } };
  }
  const envelope: RequestEnvelope = {
    version: '1.0',
    context: {
      System: {
        application: { applicationId: testSkillId },
        user,
        device: { deviceId: 'amzn1.ask.device.TESTDEVICE', supportedInterfaces: {} },
        apiEndpoint: options.apiEndpoint ?? marketplaceFor(locale).apiEndpoint,
        apiAccessToken: options.apiAccessToken ?? 'TEST-ACCESS-TOKEN',
      },
    },
    request: locale === undefined ? request : ({ ...request, locale } as Request),
  };
  if (options.withSession ?? true) {
    envelope.session = {
      new: options.newSession ?? true,
      sessionId: 'amzn1.echo-api.session.00000000-0000-0000-0000-000000000000',
      application: { applicationId: testSkillId },
      user: { userId },
      attributes: { ...options.sessionAttributes },
    };
  }
  return envelope;
}

export function launchRequestEnvelope(options: EnvelopeOptions = {}): RequestEnvelope {
  return requestEnvelope(
    { type: 'LaunchRequest', requestId: nextRequestId(), timestamp: fixtureTimestamp },
    { newSession: true, ...options },
  );
}

export function intentRequestEnvelope(
  intentName: string,
  options: EnvelopeOptions & { readonly slots?: Record<string, string> } = {},
): RequestEnvelope {
  const slots = Object.fromEntries(
    Object.entries(options.slots ?? {}).map(([name, value]) => [
      name,
      { name, value, confirmationStatus: 'NONE' as const },
    ]),
  );
  return requestEnvelope(
    {
      type: 'IntentRequest',
      requestId: nextRequestId(),
      timestamp: fixtureTimestamp,
      dialogState: 'COMPLETED',
      intent: { name: intentName, confirmationStatus: 'NONE', slots },
    },
    { newSession: false, ...options },
  );
}

export interface ConnectionsResponseFixture {
  /** `Setup`, `Charge`, or an in-skill purchase name (`Buy`, `Upsell`, `Cancel`). */
  readonly name: string;
  /** Sent as a string, as on the wire. Default `200`. */
  readonly statusCode?: string | number;
  /** Default `OK` for 200. */
  readonly statusMessage?: string;
  readonly payload?: Record<string, unknown>;
  /** Default `test-token`. */
  readonly token?: string;
}

/** Any `Connections.Response`, in a new session. */
export function connectionsResponseEnvelope(
  fixture: ConnectionsResponseFixture,
  options: EnvelopeOptions = {},
): RequestEnvelope {
  const statusCode = fixture.statusCode ?? '200';
  const request: interfaces.connections.ConnectionsResponse = {
    type: 'Connections.Response',
    requestId: nextRequestId(),
    timestamp: fixtureTimestamp,
    status: {
      code: typeof statusCode === 'number' ? String(statusCode) : statusCode,
      message: fixture.statusMessage ?? 'OK',
    },
    name: fixture.name,
    payload: fixture.payload ?? {},
    token: fixture.token ?? 'test-token',
  };
  if (typeof statusCode === 'number' && request.status) {
    // Some back ends and test tools send a number: keep it, the middleware accepts both.
    (request.status as unknown as { code: number }).code = statusCode;
  }
  return requestEnvelope(request, { newSession: true, ...options });
}
