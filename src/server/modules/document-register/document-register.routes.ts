import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import {
  ListOutgoingDocumentsQuery,
  OutgoingDocument,
  OutgoingDocumentList,
  RegisterDocumentBody,
} from './document-register.schemas.ts';
import * as service from './document-register.service.ts';

/** Sổ văn bản đi: the board's register of outgoing documents and their numbers. */
export async function documentRegisterRoutes(app: AppInstance) {
  const tags = ['documents'];
  app.get(
    '/documents/outgoing',
    {
      schema: {
        tags,
        summary: "The board's register of outgoing documents (sổ văn bản đi), newest number first",
        querystring: ListOutgoingDocumentsQuery,
        response: { 200: OutgoingDocumentList, ...errorResponses },
      },
    },
    async (request) => service.listOutgoingDocuments(app.db, actorOf(request), request.query),
  );
  app.post(
    '/documents/outgoing',
    {
      schema: {
        tags,
        summary:
          "Take the next number of the board's yearly register for a document (05/BC-BQL), and record it",
        body: RegisterDocumentBody,
        response: { 201: OutgoingDocument, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.registerOutgoingDocument(app.db, actorOf(request), request.body)),
  );
}
