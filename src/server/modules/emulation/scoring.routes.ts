import { sendDocument } from '../../kernel/documents/document-download.ts';
import { DOCX_CONTENT_TYPE } from '../../kernel/documents/official-report.ts';
import { fileResponse } from '../../kernel/openapi.ts';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import type { ModuleContext } from '../index.ts';
import * as sheets from './score-sheets.service.ts';
import { rankingDocument } from './scoring-ranking.document.ts';
import { scoringRanking } from './scoring-ranking.service.ts';
import {
  BlocYearParams,
  RankingQuery,
  ReviewScoreSheetBody,
  ScoreSheet,
  ScoringRanking,
  ScoringTable,
  SetScoreSheetBody,
  SetScoringTableBody,
  SheetActionBody,
  SheetParams,
} from './scoring.schemas.ts';
import { getScoringTable, setScoringTable } from './scoring-table.service.ts';

/** The bloc's scoring of a year: the table, members' sheets and their review, the ranking. */
export function scoringRoutes(_context: ModuleContext) {
  return async (app: AppInstance) => {
    const tags = ['emulation'];
    const sheet = { 200: ScoreSheet, ...errorResponses };
    app.get(
      '/blocs/:code/scoring/:year',
      {
        schema: {
          tags,
          operationId: 'getScoringTable',
          summary: "The bloc's scoring table of a year (criteria tree, members' targets, sheets' states)",
          params: BlocYearParams,
          response: { 200: ScoringTable, ...errorResponses },
        },
      },
      async (request) => getScoringTable(app.db, actorOf(request), request.params.code, request.params.year),
    );
    app.put(
      '/blocs/:code/scoring/:year',
      {
        schema: {
          tags,
          operationId: 'setScoringTable',
          summary: "Set the bloc's scoring table of a year (the year's leader or a bloc administrator)",
          description:
            'The criteria as a tree (a `sum` adds its children); refused with SCORING_TABLE_INVALID listing each problem the domain finds. Criteria are kept by code, so members’ values of criteria that stay are kept. Refused (SCORING_TABLE_LOCKED) once a member has submitted its sheet.',
          params: BlocYearParams,
          body: SetScoringTableBody,
          response: { 200: ScoringTable, ...errorResponses },
        },
      },
      async (request) =>
        setScoringTable(app.db, actorOf(request), request.params.code, request.params.year, request.body),
    );
    app.get(
      '/blocs/:code/scoring/:year/ranking',
      {
        schema: {
          tags,
          operationId: 'getScoringRanking',
          summary: 'The ranking of the bloc’s members (format=docx: the Word document for the conference)',
          params: BlocYearParams,
          querystring: RankingQuery,
          response: {
            200: {
              description:
                'The members with points per criterion, total and rank; with format=docx the Word document (Decree 30 layout)',
              content: {
                'application/json': { schema: ScoringRanking },
                ...fileResponse(DOCX_CONTENT_TYPE, 'The ranking as a Word document (.docx)').content,
              },
            },
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const ranking = await scoringRanking(
          app.db,
          actorOf(request),
          request.params.code,
          request.params.year,
        );
        if (request.query.format !== 'docx') return ranking;
        const { format: _format, ...options } = request.query;
        return sendDocument(reply, await rankingDocument(app.db, ranking, options));
      },
    );
    app.get(
      '/blocs/:code/scoring/:year/sheets/:board',
      {
        schema: {
          tags,
          operationId: 'getScoreSheet',
          summary: "A member's score sheet (a draft with no values until it saves one)",
          params: SheetParams,
          response: sheet,
        },
      },
      async (request) => sheets.getScoreSheet(app.db, actorOf(request), request.params),
    );
    app.put(
      '/blocs/:code/scoring/:year/sheets/:board',
      {
        schema: {
          tags,
          operationId: 'setScoreSheet',
          summary: "Fill the member's own values (its staff, while the sheet is a draft)",
          params: SheetParams,
          body: SetScoreSheetBody,
          response: sheet,
        },
      },
      async (request) => sheets.setScoreSheet(app.db, actorOf(request), request.params, request.body),
    );
    app.post(
      '/blocs/:code/scoring/:year/sheets/:board/submit',
      {
        schema: {
          tags,
          operationId: 'submitScoreSheet',
          summary: "Submit the member's sheet to the bloc's leader",
          params: SheetParams,
          body: SheetActionBody,
          response: sheet,
        },
      },
      async (request) =>
        sheets.submitScoreSheet(app.db, actorOf(request), request.params, request.body.version),
    );
    app.put(
      '/blocs/:code/scoring/:year/sheets/:board/review',
      {
        schema: {
          tags,
          operationId: 'reviewScoreSheet',
          summary: "The leader's reviewed values of a submitted sheet",
          params: SheetParams,
          body: ReviewScoreSheetBody,
          response: sheet,
        },
      },
      async (request) => sheets.reviewScoreSheet(app.db, actorOf(request), request.params, request.body),
    );
    app.post(
      '/blocs/:code/scoring/:year/sheets/:board/reviewed',
      {
        schema: {
          tags,
          operationId: 'finishScoreSheetReview',
          summary: 'Mark a submitted sheet reviewed: the ranking then counts its reviewed values',
          params: SheetParams,
          body: SheetActionBody,
          response: sheet,
        },
      },
      async (request) => sheets.finishReview(app.db, actorOf(request), request.params, request.body.version),
    );
  };
}
