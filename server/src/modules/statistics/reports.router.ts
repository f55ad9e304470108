import { apiRoutes } from '@shsw/shared';
import { type ApiRouter, signedIn } from '../../platform/http/api-router.js';
import type { IndicatorsService } from './indicators.service.js';
import { exportFileName, reportCsv, reportWorkbook } from './report-exports.js';
import type { ReportsService } from './reports.service.js';

/** Published reports and the indicator dashboard are public; drafts, publishing and denominators are the bureau's. */
export function registerReportRoutes(
  router: ApiRouter,
  deps: { reports: ReportsService; indicators: IndicatorsService },
): void {
  const r = apiRoutes.reports;
  const { reports, indicators } = deps;
  const attachment = (name: string) => `attachment; filename="${name}"`;
  router
    .route(r.list, (_input, { viewer }) =>
      reports.list({ overdue: viewer?.role === 'bureau' || viewer?.role === 'admin' }),
    )
    .route(r.get, ({ params, query }) => reports.get(params.periodId, query.version))
    .route(r.xlsx, async ({ params, query }, { res }) => {
      const report = await reports.get(params.periodId, query.version);
      const body = await reportWorkbook(report);
      res
        .status(200)
        .type(r.xlsx.produces)
        .set('Content-Disposition', attachment(exportFileName(report, 'xlsx')))
        .set('Cache-Control', 'public, max-age=300')
        .send(body);
    })
    .route(r.csv, async ({ params, query }, { res }) => {
      const report = await reports.get(params.periodId, query.version);
      res
        .status(200)
        .type('text/csv; charset=utf-8')
        .set('Content-Disposition', attachment(exportFileName(report, 'csv')))
        .set('Cache-Control', 'public, max-age=300')
        .send(reportCsv(report));
    })
    .route(r.preview, ({ query }) => reports.preview(query.periodId))
    .route(r.publish, ({ body }, ctx) => reports.publish(signedIn(ctx), body.periodId, body.preliminary))
    .route(r.revise, ({ params, body }, ctx) =>
      reports.revise(signedIn(ctx), params.periodId, body.preliminary, body.revisionNote),
    )
    .route(r.follow, (_input, ctx) => reports.follow(signedIn(ctx).userId, true))
    .route(r.unfollow, (_input, ctx) => reports.follow(signedIn(ctx).userId, false))
    .route(r.following, (_input, ctx) => reports.following(signedIn(ctx).userId))
    .route(r.indicators, () => indicators.dashboard())
    .route(r.denominators, async () => ({ items: await indicators.denominators() }))
    .route(r.setDenominator, ({ params, body }, ctx) => indicators.setDenominator(signedIn(ctx), params.code, body));
}
