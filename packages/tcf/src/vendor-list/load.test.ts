import { describe, expect, it, vi } from 'vitest';
import { fixtureVendorList } from '../fixtures/fixture-gvl.test-helper.js';
import { VendorListError, loadVendorList, vendorListFromJson } from './load.js';

const respond = (body: string, status = 200) => (async () => new Response(body, { status })) as typeof fetch;

describe('vendor list', () => {
  it('builds a GVL narrowed to the configured vendors', async () => {
    const gvl = await loadVendorList('/v1/tcf/vendor-list.json', [755, 793], respond(JSON.stringify(fixtureVendorList())));
    expect(Object.keys(gvl.vendors)).toEqual(['755', '793']);
    expect(gvl.vendorListVersion).toBe(100);
    expect(gvl.tcfPolicyVersion).toBe(5);
  });

  it('drops configured vendors the list does not hold (or holds as deleted), warning once', () => {
    const json = fixtureVendorList();
    (json.vendors['91'] as Record<string, unknown>).deletedDate = '2026-01-01T00:00:00Z';
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const gvl = vendorListFromJson(json, [755, 4242, 91]);
      expect(Object.keys(gvl.vendors)).toEqual(['755']);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toContain('4242, 91');
    } finally {
      warn.mockRestore();
    }
  });

  it('is an error naming them when none of the configured vendors is active', () => {
    const json = fixtureVendorList();
    (json.vendors['91'] as Record<string, unknown>).deletedDate = '2026-01-01T00:00:00Z';
    const error = (() => {
      try {
        vendorListFromJson(json, [4242, 91]);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(VendorListError);
    expect((error as VendorListError).missingVendors).toEqual([4242, 91]);
    expect((error as Error).message).toContain('4242, 91');
  });

  it('explains a list that is not a GVL v3', async () => {
    await expect(loadVendorList('/x', [755], respond('nope'))).rejects.toThrow(/not JSON/);
    await expect(loadVendorList('/x', [755], respond('{}', 404))).rejects.toThrow(/HTTP 404/);
    await expect(loadVendorList('/x', [755], respond(JSON.stringify({ ...fixtureVendorList(), gvlSpecificationVersion: 2 })))).rejects.toThrow(/needs 3/);
    await expect(loadVendorList('/x', [755], respond(JSON.stringify({ ...fixtureVendorList(), purposes: [] })))).rejects.toThrow(/"purposes"/);
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(loadVendorList('/x', [755], offline)).rejects.toThrow(/could not be fetched/);
  });
});
