import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import {
  BoardMerge,
  MergeBoardBody,
  MergeBoardParams,
  TransferZoneBody,
  TransferZoneParams,
  ZoneTransfer,
} from './organisation.schemas.ts';
import * as service from './organisation.service.ts';

/** Organisation over time (organisation-v1): zone transfers and board merges, national scope. */
export async function organisationRoutes(app: AppInstance) {
  const tags = ['organisation'];
  app.post(
    '/zones/:zoneCode/transfer',
    {
      schema: {
        tags,
        summary: 'Move a zone, with its projects and enterprises, to another board from a date',
        params: TransferZoneParams,
        body: TransferZoneBody,
        response: { 200: ZoneTransfer, ...errorResponses },
      },
    },
    async (request) => service.transferZone(app.db, actorOf(request), request.params.zoneCode, request.body),
  );
  app.post(
    '/boards/:code/merge',
    {
      schema: {
        tags,
        summary: 'Merge a board into another from a date: its zones move and it is dissolved',
        params: MergeBoardParams,
        body: MergeBoardBody,
        response: { 200: BoardMerge, ...errorResponses },
      },
    },
    async (request) => service.mergeBoard(app.db, actorOf(request), request.params.code, request.body),
  );
}
