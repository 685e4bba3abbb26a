import type { RequestExampleTable } from './request-example.js';

const location = { country: 'Germany', countryCode: 'de', city: 'Berlin', postalCode: '10117' };

/** Company configuration: access groups, job and candidate properties, departments, sources, locations. */
export const CONFIGURATION_EXAMPLES: RequestExampleTable = {
  'configuration.access-group.create': () => ({ body: { name: 'EMEA recruiters', description: 'Recruiters working on EMEA jobs' } }),
  'configuration.access-group.update': () => ({ body: { name: 'EMEA hiring team', description: 'Recruiters and coordinators working on EMEA jobs' } }),
  'access-groups.users.assign': (id) => ({ body: [id('userId')] }),
  'configuration.job-properties.create': () => ({ body: { label: 'Relocation package', category: 'job', visible: true, required: false, active: true } }),
  'configuration.job-properties.translations.patch': () => ({ body: [{ language: 'de', label: 'Umzugspaket' }] }),
  'configuration.job-properties.values.create': () => ({ body: { label: 'CC-600 Data Platform' } }),
  'configuration.job-properties.values.translations.patch': () => ({ body: [{ language: 'fr', label: 'CC-600 Plateforme de données' }] }),
  'configuration.job-properties.dependents.create': (id) => ({ body: { ids: [id('dependentId')] } }),
  // The SDK: "Identifier of job property's dependent value".
  'configuration.job-properties.dependents.values.add': (id) => ({ body: { id: id('dependentValueId') } }),
  'configuration.department.create': () => ({ body: { label: 'Data Platform', description: 'Data engineering and analytics' } }),
  // The SDK: "Candidate property value." (the update call takes CandidatePropertyValueLabel {label}).
  'configuration.candidate-properties.values.create': () => ({ body: { label: 'Open to relocation' } }),
  'configuration.candidate-properties.values.update': () => ({ body: { label: 'Open to relocation (EU only)' } }),
  'configuration.source.values.recruiterSourceByName': () => ({ body: { name: 'Northwind Talent Partners' } }),
  'configuration.predefined-locations.createOne': () => ({ body: { ...location, address: 'Friedrichstraße 68' } }),
  'configuration.predefined-locations.updateOne': () => ({ body: { ...location, address: 'Friedrichstraße 70' } }),
  'configuration.predefined-locations.deleteMany': (id) => ({ body: { ids: [id('predefinedLocationId')] } }),
};
