export { InvitesService } from './invites.service.js';
export {
  forgetOrganisation,
  type OrganisationDoc,
  OrganisationModel,
  organisationById,
  organisationsByIds,
} from './organisation.model.js';
export { OrganisationLifecycle, type OrganisationWork } from './organisation-lifecycle.service.js';
export { organisationsPersonalData } from './organisations.personal-data.js';
export { organisationPolicy } from './organisations.policy.js';
export { presentOrganisation, presentOrganisationPublic } from './organisations.presenter.js';
export { registerOrganisationRoutes } from './organisations.router.js';
export { OrganisationsService } from './organisations.service.js';
