import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { idOf } from '../../../common/node';
import { DateTimeScalar } from '../../../common/scalars';
import type { Context } from '../../../context';
import { Plan } from '../../plan';
import { allocationDecision } from './allocation-decision.document';
import { OfficialDocument } from './document';
import { buildDocument } from './exports.service';
import { ReportPeriod, resultsReport } from './results-report.document';

/**
 * The district's two documents as their model: what the .xlsx downloads hold, cell for cell, for
 * the console's printable pages (and anyone who wants the figures with their layout).
 */
@Resolver()
export class ExportsResolver {
  @Query(() => OfficialDocument, {
    description:
      "The allocation decision's appendix and the envelopes' decisions: what GET /exports/allocation-decision.xlsx holds.",
  })
  allocationDecisionDocument(
    @Ctx() context: Context,
    @Arg('planId', () => ID) planId: string,
  ): Promise<OfficialDocument> {
    const id = idOf(Plan, planId, 'planId');
    return buildDocument(context, ({ em }) => allocationDecision(em, id));
  }

  @Query(() => OfficialDocument, {
    description: 'The semi-annual or annual results report: what GET /exports/results-report.xlsx holds.',
  })
  resultsReportDocument(
    @Ctx() context: Context,
    @Arg('planId', () => ID) planId: string,
    @Arg('period', () => ReportPeriod) period: ReportPeriod,
    @Arg('asOf', () => DateTimeScalar, {
      nullable: true,
      description: 'The money as it was recorded by then, to reproduce a report already sent; default now.',
    })
    asOf?: Date | null,
  ): Promise<OfficialDocument> {
    const id = idOf(Plan, planId, 'planId');
    return buildDocument(context, (snapshot) => resultsReport(snapshot, { planId: id, period, asOf: asOf ?? null }));
  }
}
