// The reference server across restarts, each kind on a server process of its own (so restarting it
// never disturbs the other tests): a write the server answered survives SIGKILL, a retried money
// operation or upload (same Idempotency-Key) never applies twice even across a restart, and running every
// migration again changes nothing.
import { expect } from '@open-wc/testing';
import { namedBlob } from '../../src/adapter/conformance/files-forms-reviews.js';
import { newMarker } from '../../src/adapter/conformance/support.js';
import { restartPgServer, serverAdapter, tenantUrlOf, useServer } from './pg-servers.js';

for (const name of ['pglite-restarts', 'postgres-restarts']) {
  describe(`reference server (${name}) across restarts`, function () {
    this.timeout(120_000);
    const server = useServer(name);
    let marker: string;
    let adapter: () => ReturnType<typeof serverAdapter>;
    beforeEach(() => {
      marker = newMarker();
      adapter = () => serverAdapter(tenantUrlOf(server(), `t${marker}`));
    });

    it('a committed write survives kill -9 (a restart shows it)', async () => {
      const created = await adapter().clients.create({ firstName: 'Durable', lastName: marker, email: `${marker}@example.com` });
      const updated = await adapter().clients.update(created.id, { status: 'vip' }, { expectedVersion: created.version });
      await adapter().wallet!.addFunds(created.id, { amount: { amountMinor: 1234, currency: 'EUR' }, idempotencyKey: `${marker}-before-kill` });
      await restartPgServer(name, { signal: 'SIGKILL' });

      const after = await adapter().clients.get(created.id);
      expect(after.version).to.equal(updated.version);
      expect(after.status).to.equal('vip');
      expect(after.email).to.equal(`${marker}@example.com`);
      expect(after.stats.walletBalance.amountMinor).to.equal(1234);
      expect((await adapter().clients.list({ search: marker })).total).to.equal(1);
    });

    it('a retried money operation never applies twice, even across a restart', async () => {
      const client = await adapter().clients.create({ firstName: 'Retry', lastName: marker });
      const operation = { amount: { amountMinor: 2500, currency: 'EUR' }, note: 'Top-up', idempotencyKey: `${marker}-once` };
      const first = await adapter().wallet!.addFunds(client.id, operation);
      await restartPgServer(name, { signal: 'SIGKILL' });
      const retried = await adapter().wallet!.addFunds(client.id, operation);
      const again = await Promise.all([adapter().wallet!.addFunds(client.id, operation), adapter().wallet!.addFunds(client.id, operation)]);

      for (const result of [retried, ...again]) expect(result.movement.id).to.equal(first.movement.id);
      expect((await adapter().wallet!.get(client.id)).balance.amountMinor).to.equal(2500);
      const movements = await adapter().wallet!.movements(client.id);
      expect(movements.items.map((movement) => movement.idempotencyKey)).to.deep.equal([`${marker}-once`]);
    });

    it('a retried upload never stores twice, even across a restart; its bytes survive kill -9', async () => {
      const client = await adapter().clients.create({ firstName: 'Upload', lastName: marker });
      const bytes = Uint8Array.from({ length: 70_000 }, (_, index) => (index * 31) % 256);
      const upload = () => adapter().files!.upload(client.id, namedBlob([bytes], 'scan.pdf', 'application/pdf'), { description: 'Scan' }, { idempotencyKey: `${marker}-upload` });
      const first = await upload();
      await restartPgServer(name, { signal: 'SIGKILL' });
      const retried = await upload();
      const again = await Promise.all([upload(), upload()]);

      for (const result of [retried, ...again]) expect(result.id).to.equal(first.id);
      const listed = await adapter().files!.list(client.id);
      expect(listed.items.map((file) => file.id)).to.deep.equal([first.id]);
      const downloaded = new Uint8Array(await (await fetch(listed.items[0]!.url)).arrayBuffer());
      expect(downloaded.byteLength).to.equal(bytes.byteLength);
      expect(downloaded.every((value, index) => value === bytes[index]), 'the bytes after kill -9').to.equal(true);
    });

    it('every migration run again on a restart is harmless', async () => {
      const client = await adapter().clients.create({ firstName: 'Migrated', lastName: marker, phones: [{ number: '+34 611 22 33 44', type: 'mobile', whatsapp: true, primary: true }] });
      const file = await adapter().files!.upload(client.id, namedBlob(['consent'], 'consent.txt', 'text/plain'), {});
      const before = await adapter().clients.list({});
      const restarted = await restartPgServer(name, { reapplyMigrations: true });
      expect(restarted.log).to.contain('migrations run again: search functions; clients, groups, tags, wallet');
      expect(restarted.log).to.contain('; files and their bytes');

      const after = await adapter().clients.list({});
      expect(after.total).to.equal(before.total);
      expect(await adapter().clients.get(client.id)).to.deep.equal(client);
      expect(await adapter().files!.get(client.id, file.id)).to.deep.equal(file);
      expect(await (await fetch(file.url)).text()).to.equal('consent');
      // The indexes and generated columns still answer: accents, case and phone formatting.
      expect((await adapter().clients.list({ search: `MIGRÁTED ${marker}` })).total).to.equal(1);
      expect((await adapter().clients.list({ search: '611-223-344' })).items.map((item) => item.id)).to.deep.equal([client.id]);
    });
  });
}
