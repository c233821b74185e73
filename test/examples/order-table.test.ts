import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import type { ResponseEnvelope } from 'ask-sdk-model';
import {
  answerEnvelope,
  intentRequestEnvelope,
  launchRequestEnvelope,
  nextIntentInSession,
} from '../../src/testing';
import { OrderTable } from '../../examples/demo-store/src/orders/order-table';
import { marketplaces } from '../../examples/demo-store/src/shop';
import { directiveOf, localOrderStore, spoken } from '../support/demo-store';

const { dynamo, newStore } = localOrderStore();
// Each test plays whole conversations against a local table: seconds on a busy machine.
jest.setTimeout(30_000);

/** Two instances of the skill, as two Lambda containers would be, on one orders table. */
async function twoInstances() {
  const first = await newStore();
  const second = await newStore({
    orders: new OrderTable(dynamo().client, first.orders.tableName),
  });
  return [first, second] as const;
}

type Store = Awaited<ReturnType<typeof twoInstances>>[number];

/** A customer's purchase up to the Charge directive: buy on one instance, answers on another. */
async function upToCharge(userId: string, [a, b]: readonly [Store, Store]) {
  const options = { userId, consent: 'GRANTED' as const };
  const bought = await a.skill.invoke(intentRequestEnvelope('BuyIntent', options));
  const setup = directiveOf(bought);
  if (setup?.type !== 'Connections.SendRequest') throw new Error('no Setup');
  const confirmation = await b.skill.invoke(answerEnvelope(setup, { kind: 'success' }, options));
  const charged = await a.skill.invoke(
    nextIntentInSession(confirmation, 'AMAZON.YesIntent', options),
  );
  const charge = directiveOf(charged);
  if (charge?.type !== 'Connections.SendRequest') throw new Error('no Charge');
  return { charge, confirmation, options };
}

const referenceOf = (directive: { payload?: unknown }) =>
  (directive.payload as { authorizeAttributes: { authorizationReferenceId: string } })
    .authorizeAttributes.authorizationReferenceId;

describe('two instances of the skill on one orders table', () => {
  it('give every order its own id and every Charge its own reference', async () => {
    const instances = await twoInstances();

    const charges = await Promise.all(
      Array.from({ length: 12 }, (_, at) =>
        upToCharge(
          `amzn1.ask.account.CUSTOMER${at}`,
          at % 2 === 0 ? instances : [instances[1], instances[0]],
        ),
      ),
    );
    const references = charges.map(({ charge }) => referenceOf(charge));
    const orderIds = charges.map(
      ({ charge }) =>
        (charge.payload as { sellerOrderAttributes: { sellerOrderId: string } })
          .sellerOrderAttributes.sellerOrderId,
    );

    expect(new Set(references).size).toBe(12);
    expect(new Set(orderIds).size).toBe(12);
    for (const reference of references) expect(reference.length).toBeLessThanOrEqual(32);
  });

  it('draw another order number when the one drawn is taken', async () => {
    const [store] = await twoInstances();
    const draws = ['00004711', '00004711', '00000815'];
    const orders = new OrderTable(dynamo().client, store.orders.tableName, {
      drawOrderNumber: () => draws.shift() ?? '',
    });

    const first = await orders.create('amzn1.ask.account.A', marketplaces['en-US']);
    const second = await orders.create('amzn1.ask.account.B', marketplaces['en-US']);

    expect([first.id, second.id]).toEqual(['TH-00004711', 'TH-00000815']);
    expect((await orders.get('TH-00004711'))?.userId).toBe('amzn1.ask.account.A');
  });

  it('fulfil an order once, whichever instance hears the success, however often it comes', async () => {
    const instances = await twoInstances();
    const { charge, options } = await upToCharge('amzn1.ask.account.ONCE', instances);
    const success = answerEnvelope(charge, { kind: 'success' }, options);

    const answers: ResponseEnvelope[] = await Promise.all([
      instances[1].skill.invoke(structuredClone(success)),
      instances[0].skill.invoke(structuredClone(success)),
      instances[1].skill.invoke(structuredClone(success)),
    ]);
    const confirmed = answers.filter((a) => a.response.card !== undefined);

    expect(confirmed).toHaveLength(1);
    expect(spoken(confirmed[0] as ResponseEnvelope)).toMatch(
      /^Thank you! Your order TH-\d{8} is confirmed/,
    );
    expect(
      answers.filter((a) => /is already confirmed and on its way/.test(spoken(a))),
    ).toHaveLength(2);
    expect((await instances[0].orders.latestOf(options.userId))?.status).toBe('fulfilled');
  });

  it('send one Charge when the same yes reaches both instances', async () => {
    const [a, b] = await twoInstances();
    const options = { userId: 'amzn1.ask.account.TWICE', consent: 'GRANTED' as const };
    const setup = directiveOf(await a.skill.invoke(intentRequestEnvelope('BuyIntent', options)));
    if (setup?.type !== 'Connections.SendRequest') throw new Error('no Setup');
    const confirmation = await a.skill.invoke(answerEnvelope(setup, { kind: 'success' }, options));

    const yeses = await Promise.all(
      [a, b].map((store) =>
        store.skill.invoke(nextIntentInSession(confirmation, 'AMAZON.YesIntent', options)),
      ),
    );

    expect(yeses.map((r) => directiveOf(r)?.name).filter(Boolean)).toEqual(['Charge']);
  });

  it('keep a soft-declined order for the next visit on the other instance', async () => {
    const instances = await twoInstances();
    const { charge, options } = await upToCharge('amzn1.ask.account.LATER', instances);
    await instances[0].skill.invoke(
      answerEnvelope(
        charge,
        { kind: 'decline', reasonCode: 'InvalidPaymentMethod', softDecline: true },
        options,
      ),
    );

    const back = await instances[1].skill.invoke(
      intentRequestEnvelope('AMAZON.YesIntent', { ...options, newSession: true }),
    );
    const launch = await instances[1].skill.invoke(launchRequestEnvelope(options));

    expect(directiveOf(back)).toBeUndefined();
    expect(spoken(launch)).toMatch(
      /^Welcome back to Tea House\. Your order .* is kept, but not paid yet/,
    );
  });
});

describe('the orders table', () => {
  it('lets unfinished orders expire by TTL and keeps fulfilled ones', async () => {
    const instances = await twoInstances();
    const { charge, options } = await upToCharge('amzn1.ask.account.TTL', instances);
    const orderId = (charge.payload as { sellerOrderAttributes: { sellerOrderId: string } })
      .sellerOrderAttributes.sellerOrderId;
    const expiresAt = async () =>
      (
        await dynamo().client.send(
          new GetItemCommand({
            TableName: instances[0].orders.tableName,
            Key: { id: { S: orderId } },
          }),
        )
      ).Item?.expiresAt?.N;
    const inThirtyDays = Date.now() / 1000 + 30 * 24 * 3600;
    const unfinished = Number(await expiresAt());

    await instances[0].skill.invoke(answerEnvelope(charge, { kind: 'success' }, options));

    expect(Math.abs(unfinished - inThirtyDays)).toBeLessThan(60);
    expect(await expiresAt()).toBeUndefined();
  });
});
