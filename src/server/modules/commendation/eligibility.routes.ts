import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import type { ModuleContext } from '../index.ts';
import { IdParams } from './commendation.schemas.ts';
import {
  BoardEligibility,
  EligibilityQuery,
  SubjectEligibility,
  SubjectEligibilityQuery,
} from './eligibility.schemas.ts';
import * as service from './eligibility.service.ts';

/** Who qualifies for what in a year, and who will next year if …, each with the records behind it. */
export function eligibilityRoutes(_context: ModuleContext) {
  return async (app: AppInstance) => {
    const tags = ['commendation'];

    app.get(
      '/commendation/eligibility',
      {
        schema: {
          tags,
          summary:
            'A board’s year: what each subject qualifies for, its outlook for the next year, and the 15 % CSTĐCS cap',
          querystring: EligibilityQuery,
          response: { 200: BoardEligibility, ...errorResponses },
        },
      },
      async (request) => service.boardEligibility(app.db, actorOf(request), request.query),
    );

    app.get(
      '/commendation/subjects/:id/eligibility',
      {
        schema: {
          tags,
          summary: 'A subject’s every answer for a year (met or not) with conditions and evidence',
          params: IdParams,
          querystring: SubjectEligibilityQuery,
          response: { 200: SubjectEligibility, ...errorResponses },
        },
      },
      async (request) =>
        service.subjectEligibility(app.db, actorOf(request), request.params.id, request.query.year),
    );
  };
}
