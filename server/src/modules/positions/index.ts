export { organisationPage } from './organisation-page.js';
export { OrganisationPositions } from './organisation-positions.js';
export {
  forgetPosition,
  type PositionDoc,
  PositionModel,
  positionForDisplay,
  positionsByIds,
  positionsForDisplay,
} from './position.model.js';
export { organisationPageHead, positionPageHead } from './position-page.js';
export { PositionViews, type StageCounts } from './position-views.js';
export { positionsPersonalData } from './positions.personal-data.js';
export { presentPosition, presentPositionCard } from './positions.presenter.js';
export { registerPositionRoutes } from './positions.router.js';
export { PositionsService } from './positions.service.js';
export { SalaryGuidanceService } from './salary-guidance.service.js';
