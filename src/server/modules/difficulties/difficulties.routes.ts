import { jsonOrDocument, sendDocument } from '../../kernel/documents/document-download.ts';
import { listOrWorkbook, sendListFile } from '../../kernel/documents/list-download.ts';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import type { ModuleContext } from '../index.ts';
import {
  AnswerDifficultyBody,
  ConfirmDifficultyBody,
  CreateDifficultyBody,
  DifficultiesListQuery,
  Difficulty,
  DifficultyIdParams,
  DifficultyList,
  DifficultyStatistics,
  ReopenDifficultyBody,
  RouteDifficultyBody,
  StatisticsQueryWithDocument,
  StuckQuery,
  StuckReport,
  UpdateDifficultyBody,
} from './difficulties.schemas.ts';
import * as service from './difficulties.service.ts';
// Last: the documents reach other modules' faces (reports), which need this module's schemas loaded first.
import { difficultyStatisticsFile } from './difficulties-report.documents.ts';
import { difficultyStatistics } from './difficulties-report.service.ts';
import { downloadDifficulties } from './difficulties.download.ts';

/** Enterprises' difficulties and requests (khó khăn, vướng mắc, kiến nghị). */
export function difficultiesRoutes(_context: ModuleContext) {
  return async (app: AppInstance) => {
    const tags = ['difficulties'];

    app.get(
      '/difficulties',
      {
        // Open to an enterprise account (its own enterprise's only).
        config: { enterprise: true },
        schema: {
          tags,
          summary:
            "Difficulties with their age and whether they are stuck: staff see their board's, an enterprise account its own enterprise's",
          querystring: DifficultiesListQuery,
          response: { 200: listOrWorkbook(DifficultyList, 'A page of difficulties'), ...errorResponses },
        },
      },
      async (request, reply) => {
        const { format, ...query } = request.query;
        if (format === 'xlsx')
          return sendListFile(reply, await downloadDifficulties(app.db, actorOf(request), query));
        return service.listDifficulties(app.db, actorOf(request), query);
      },
    );
    app.post(
      '/difficulties',
      {
        // Open to an enterprise account (its own enterprise's only).
        config: { enterprise: true },
        schema: {
          tags,
          summary:
            'Raise one (an enterprise account, for its own enterprise) or record one raised at a dialogue, by letter or at a meeting (staff)',
          body: CreateDifficultyBody,
          response: { 201: Difficulty, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.createDifficulty(app.db, actorOf(request), request.body)),
    );
    app.get(
      '/difficulties/stuck',
      {
        schema: {
          tags,
          summary:
            "The leader's view: open and overdue by responsible department or agency, and the stuck difficulties oldest first",
          querystring: StuckQuery,
          response: { 200: StuckReport, ...errorResponses },
        },
      },
      async (request) => service.stuckReport(app.db, actorOf(request), request.query),
    );
    app.get(
      '/difficulties/statistics',
      {
        schema: {
          tags,
          summary:
            "A year's difficulties: raised by topic and channel, routed, answered on time or late, confirmed, reopened, open at the year's end, answer time",
          querystring: StatisticsQueryWithDocument,
          response: {
            200: jsonOrDocument(DifficultyStatistics, 'The difficulties statistics report'),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const { board, year, format, number, date, signer, signerTitle } = request.query;
        const report = await difficultyStatistics(app.db, actor, { board, year });
        if (format !== 'docx' && format !== 'xlsx') return report;
        return sendDocument(
          reply,
          await difficultyStatisticsFile(app.db, actor, report, format, {
            number,
            date,
            signer,
            signerTitle,
          }),
        );
      },
    );
    app.get(
      '/difficulties/:id',
      {
        // Open to an enterprise account (its own enterprise's only).
        config: { enterprise: true },
        schema: {
          tags,
          summary: 'One difficulty with its events in order',
          params: DifficultyIdParams,
          response: { 200: Difficulty, ...errorResponses },
        },
      },
      async (request) => service.getDifficulty(app.db, actorOf(request), request.params.id),
    );
    app.patch(
      '/difficulties/:id',
      {
        schema: {
          tags,
          summary: 'Correct its topic, title, content or occasion (staff, before it is answered)',
          params: DifficultyIdParams,
          body: UpdateDifficultyBody,
          response: { 200: Difficulty, ...errorResponses },
        },
      },
      async (request) => service.updateDifficulty(app.db, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/difficulties/:id/route',
      {
        schema: {
          tags,
          summary:
            "Route it to the department or agency responsible, with an answer date (default: the board's own service standard)",
          params: DifficultyIdParams,
          body: RouteDifficultyBody,
          response: { 200: Difficulty, ...errorResponses },
        },
      },
      async (request) => service.routeDifficulty(app.db, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/difficulties/:id/answer',
      {
        schema: {
          tags,
          summary: 'Record the answer (staff; once routed)',
          params: DifficultyIdParams,
          body: AnswerDifficultyBody,
          response: { 200: Difficulty, ...errorResponses },
        },
      },
      async (request) => service.answerDifficulty(app.db, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/difficulties/:id/confirm',
      {
        // Open to an enterprise account (its own enterprise's only).
        config: { enterprise: true },
        schema: {
          tags,
          summary:
            "Confirm the answer settles it (the enterprise's account, or staff recording its confirmation at a meeting)",
          params: DifficultyIdParams,
          body: ConfirmDifficultyBody,
          response: { 200: Difficulty, ...errorResponses },
        },
      },
      async (request) => service.confirmDifficulty(app.db, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/difficulties/:id/reopen',
      {
        // Open to an enterprise account (its own enterprise's only).
        config: { enterprise: true },
        schema: {
          tags,
          summary:
            "The answer does not settle it (the enterprise's account): routed again to the same responsible with a new answer date",
          params: DifficultyIdParams,
          body: ReopenDifficultyBody,
          response: { 200: Difficulty, ...errorResponses },
        },
      },
      async (request) => service.reopenDifficulty(app.db, actorOf(request), request.params.id, request.body),
    );
  };
}
