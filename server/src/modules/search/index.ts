export { MatchingService } from './matching.service.js';
export { placeBoost, understandQuery } from './query-understanding.js';
export { searchPersonalData } from './search.personal-data.js';
export { registerSearchRoutes } from './search.router.js';
export { SearchService } from './search.service.js';
export { POSITIONS_INDEX, positionsIndex, TALENT_INDEX, talentIndex } from './search-indexes.js';
export { invalidateProjections, seedTalentProjection } from './search-projection.js';
export { SearchSync } from './search-sync.js';
export { ViewerMarksReader } from './viewer-marks.js';
