import { mix } from '../../core/seeded-random.js';
import { SimError } from '../../core/sim-error.js';
import type { Area, AreaContext, Handler } from '../../core/types.js';
import { slug } from '../../state/name-tables.js';
import { accessGroupHandlers } from './access-groups-handlers.js';
import { BodyFields } from '../shared/body-fields.js';
import { candidatePropertyHandlers } from './configuration-candidate-properties.js';
import { found, listOf, param } from './configuration-common.js';
import { jobPropertyHandlers } from './configuration-job-properties.js';
import { locationHandlers } from './configuration-locations.js';
import { sourceHandlers } from './configuration-sources.js';
import { configurationOf } from '../../state/configuration-store.js';

/**
 * Real state for the Configuration API (departments, job/candidate/offer properties, locations,
 * hiring processes, sources, reasons, company, career sites, access groups) and the User API's
 * system roles and access-group membership. Departments are `state.departments`, the same list
 * jobs point at.
 */
export function configurationArea({ state }: AreaContext): Area {
  const store = () => configurationOf(state);
  const handlers: Record<string, Handler> = {
    'configuration.department.all': () => listOf(state.departments),
    'configuration.department.get': (req) => ({ status: 200, body: found(state.departments.find((d) => d.id === param(req, 'id')), 'Department', param(req, 'id')) }),
    'configuration.department.create': (req) => {
      const f = new BodyFields(req.body);
      const rawLabel = f.string('label', { required: true, minLength: 1 });
      const description = f.string('description');
      const id = f.string('id', { minLength: 1 });
      f.done();
      const label = (rawLabel as string).trim();
      if (state.departments.some((d) => d.label.toLowerCase() === label.toLowerCase())) throw new SimError(409, 'CONFLICT', `label: a department named "${label}" already exists`);
      if (id && state.departments.some((d) => d.id === id)) throw new SimError(409, 'CONFLICT', `id: department ${id} already exists`);
      // Same id style as the seeded departments (numeric strings).
      const dept = { id: id ?? String(10_000 + (mix(state.seedOptions.seed, state.departments.length, 102) % 90_000)), label, description: description ?? '' };
      while (state.departments.some((d) => d.id === dept.id)) dept.id = String(Number(dept.id) + 1);
      state.departments.push(dept);
      return { status: 201, body: dept };
    },
    'configuration.hiring-process.all': () => listOf(store().hiringProcesses),
    'configuration.hiring-process.get': (req) => ({ status: 200, body: found(store().hiringProcesses.find((h) => h.id === param(req, 'id')), 'Hiring process', param(req, 'id')) }),
    'configuration.offer-properties.all': () => ({ status: 200, body: { categories: store().offerCategories } }),
    'configuration.reasons.rejection.all': () => listOf(store().rejectionReasons),
    'configuration.reasons.withdrawal.all': () => listOf(store().withdrawalReasons),
    'configuration.careersites.list': () => listOf(store().careerSites),
    'configuration.careersites.get': (req) => ({ status: 200, body: found(store().careerSites.find((c) => c.id === param(req, 'careerSiteId')), 'Career site', param(req, 'careerSiteId')) }),
    'configuration.company.my': () => {
      const hq = state.locations()[mix(state.seedOptions.seed, 103) % state.locations().length];
      const domain = `${slug(state.companyName)}.example.com`;
      return {
        status: 200,
        body: {
          identifier: state.companyId,
          name: state.companyName,
          location: hq ? { city: hq.city, region: hq.region, regionCode: hq.regionCode, country: hq.country, countryCode: hq.countryCode } : {},
          website: `https://www.${domain}`,
          industry: { id: 'computer_software', label: 'Computer Software' },
          logo: `https://www.${domain}/logo.png`,
        },
      };
    },
    ...jobPropertyHandlers(state),
    ...candidatePropertyHandlers(state),
    ...sourceHandlers(state),
    ...locationHandlers(state),
    ...accessGroupHandlers(state),
  };
  return { name: 'configuration', handlers };
}
