export { type PositionDoc, PositionModel } from './position.model.js';
export { presentPosition } from './positions.presenter.js';
export { registerPositionRoutes } from './positions.router.js';
export { PositionsService } from './positions.service.js';
export { SalaryGuidanceService } from './salary-guidance.service.js';
