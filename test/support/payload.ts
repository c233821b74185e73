import type { interfaces, RequestEnvelope } from 'ask-sdk-model';

/** The payload of a Connections.Response fixture, to bend it into a shape under test. */
export function payloadOf(
  envelope: RequestEnvelope,
): NonNullable<interfaces.connections.ConnectionsResponse['payload']> {
  const request = envelope.request as interfaces.connections.ConnectionsResponse;
  if (request.payload === undefined) throw new Error('the fixture has no payload');
  return request.payload;
}
