import { z } from 'zod';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { XLSX_CONTENT_TYPE } from '../../kernel/documents/xlsx.ts';
import { fileResponse } from '../../kernel/openapi.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import { Bloc } from './boards.schemas.ts';
import { blocReturnsTemplate, importBlocReturns } from './bloc-returns.excel.ts';
import { deleteBlocReturn, listBlocReturns, setBlocReturn } from './bloc-returns.service.ts';
import {
  BlocCodeParams,
  BlocDetail,
  BlocReturn,
  BlocReturnList,
  BlocReturnParams,
  BlocReturnsImportResult,
  BlocYear,
  BlocYearParams,
  SetBlocBody,
  SetBlocReturnBody,
  SetBlocYearBody,
} from './blocs.schemas.ts';
import * as service from './blocs.service.ts';
import { sendWorkbook } from '../../kernel/documents/document-download.ts';

/** A filled template is a few kilobytes; 5 MB leaves room and refuses the absurd. */
const IMPORT_BODY_LIMIT = 5 * 1024 * 1024;
const IMPORT_MEDIA_TYPES = [XLSX_CONTENT_TYPE, 'application/octet-stream'];

const PeriodQuery = z.strictObject({
  period: z
    .string()
    .max(16)
    .meta({ description: 'Kỳ báo cáo: "2024", "2024-H1", "2024-Q3" or "2024-05"', example: '2024-H1' }),
});

/** Blocs as data (blocs-v1) and the members' returns. */
export async function blocsRoutes(app: AppInstance) {
  const tags = ['blocs'];
  const parseBuffer = (_request: unknown, body: Buffer, done: (err: null, body: Buffer) => void) =>
    done(null, body);
  for (const mediaType of IMPORT_MEDIA_TYPES)
    app.addContentTypeParser(mediaType, { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, parseBuffer);

  app.get(
    '/blocs',
    {
      schema: {
        tags,
        operationId: 'listBlocs',
        summary: 'Blocs (khối thi đua) the user reads, with their boards this year',
        description:
          'A national user reads every bloc, a bloc user its own, a board user the blocs its board has been a member of.',
        response: { 200: z.object({ items: z.array(Bloc) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await service.listBlocs(app.db, actorOf(request)) }),
  );
  app.get(
    '/blocs/:code',
    {
      schema: {
        tags,
        summary: 'A bloc with every year it has (members, leader, deputy)',
        params: BlocCodeParams,
        response: { 200: BlocDetail, ...errorResponses },
      },
    },
    async (request) => service.getBloc(app.db, actorOf(request), request.params.code),
  );
  app.put(
    '/blocs/:code',
    {
      schema: {
        tags,
        summary:
          'Create or rename a bloc (blocs-v1): a national administrator creates, a bloc administrator renames its own',
        params: BlocCodeParams,
        body: SetBlocBody,
        response: { 200: BlocDetail, 201: BlocDetail, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { bloc, created } = await service.setBloc(
        app.db,
        actorOf(request),
        request.params.code,
        request.body,
      );
      return reply.status(created ? 201 : 200).send(bloc);
    },
  );
  app.get(
    '/blocs/:code/years/:year',
    {
      schema: {
        tags,
        summary: 'One year of a bloc: its members in order, leader and deputy',
        params: BlocYearParams,
        response: { 200: BlocYear, ...errorResponses },
      },
    },
    async (request) =>
      service.getBlocYear(app.db, actorOf(request), request.params.code, request.params.year),
  );
  app.put(
    '/blocs/:code/years/:year',
    {
      schema: {
        tags,
        summary: "Set one year's members, leader and deputy (blocs-v1)",
        description:
          "Refused with every problem listed and nothing changed: BLOC_MEMBER_UNKNOWN, BLOC_MEMBER_DUPLICATE, BLOC_MEMBER_DISSOLVED, BLOC_LEADER_NOT_MEMBER, BLOC_DEPUTY_NOT_MEMBER, BLOC_DEPUTY_IS_LEADER, BLOC_YEAR_OUT_OF_RANGE, BLOC_CODE_INVALID. `version` (optional) is the year's version read.",
        params: BlocYearParams,
        body: SetBlocYearBody,
        response: { 200: BlocYear, 201: BlocYear, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { year, created } = await service.setBlocYear(
        app.db,
        actorOf(request),
        request.params.code,
        request.params.year,
        request.body,
      );
      return reply.status(created ? 201 : 200).send(year);
    },
  );
  app.delete(
    '/blocs/:code/years/:year',
    {
      schema: {
        tags,
        summary: 'Remove one year of a bloc',
        params: BlocYearParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.deleteBlocYear(app.db, actorOf(request), request.params.code, request.params.year);
      return reply.status(204).send(null);
    },
  );

  // ── Returns ──
  app.get(
    '/blocs/:code/returns',
    {
      schema: {
        tags,
        summary: "A period's returns: each member of the period's year with its return, if entered",
        params: BlocCodeParams,
        querystring: PeriodQuery,
        response: { 200: BlocReturnList, ...errorResponses },
      },
    },
    async (request) => listBlocReturns(app.db, actorOf(request), request.params.code, request.query.period),
  );
  app.get(
    '/blocs/:code/returns/template',
    {
      schema: {
        tags,
        summary: 'Excel template of a period: one row per member of its year, returns entered prefilled',
        description: `Answers an .xlsx (${XLSX_CONTENT_TYPE}) with the sheets "Số liệu" and "Hướng dẫn".`,
        params: BlocCodeParams,
        querystring: PeriodQuery,
        response: { 200: fileResponse(XLSX_CONTENT_TYPE, 'The template (.xlsx)'), ...errorResponses },
      },
    },
    async (request, reply) =>
      sendWorkbook(
        reply,
        blocReturnsTemplate(app.db, actorOf(request), request.params.code, request.query.period),
      ),
  );
  app.post(
    '/blocs/:code/returns/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Import a filled template (.xlsx as the raw body): all-or-nothing, every bad cell listed',
        consumes: IMPORT_MEDIA_TYPES,
        description:
          'On any problem nothing is written and the 422 BLOC_RETURNS_IMPORT_INVALID envelope lists each one as { row, column, board, code }. Otherwise each row becomes the member\'s return (source "import").',
        params: BlocCodeParams,
        querystring: PeriodQuery,
        response: { 200: BlocReturnsImportResult, ...errorResponses },
      },
    },
    async (request) =>
      importBlocReturns(app.db, actorOf(request), request.params.code, request.query.period, request.body),
  );
  app.put(
    '/blocs/:code/returns/:board/:period',
    {
      schema: {
        tags,
        summary:
          "Enter or replace a member's return of a period (the leader board's staff, or a bloc manager)",
        params: BlocReturnParams,
        body: SetBlocReturnBody,
        response: { 200: BlocReturn, 201: BlocReturn, ...errorResponses },
      },
    },
    async (request, reply) => {
      const outcome = await setBlocReturn(app.db, actorOf(request), request.params, request.body);
      return reply.status(outcome.created ? 201 : 200).send(outcome.return);
    },
  );
  app.delete(
    '/blocs/:code/returns/:board/:period',
    {
      schema: {
        tags,
        summary: "Delete a member's return of a period",
        params: BlocReturnParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteBlocReturn(app.db, actorOf(request), request.params);
      return reply.status(204).send(null);
    },
  );
}
