import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import type { ModuleContext } from '../index.ts';
import {
  ConfirmAnswer,
  ConfirmBody,
  PublicCodeParams,
  PublicDossier,
  PublicSubmissionAnswer,
  PublicSubmissionBody,
} from './dossiers.schemas.ts';
import { confirmPublicDossier, lookUpDossier, submitPublicDossier } from './public-dossiers.service.ts';

/** Look-ups per minute from one address: repeated guessing of codes is slowed down. */
export const PUBLIC_LOOKUP_RATE_LIMIT = 30;
/** Public submissions per minute from one address. */
export const PUBLIC_SUBMIT_RATE_LIMIT = 5;
/** Confirmations per minute from one address. */
export const PUBLIC_CONFIRM_RATE_LIMIT = 10;

/** The public look-up of a dossier by its code, and the investor's online submission. */
export function publicDossiersRoutes(context: ModuleContext) {
  return async (app: AppInstance) => {
    const tags = ['one-stop', 'public'];
    app.get(
      '/public/dossiers/:code',
      {
        config: { public: true, rateLimit: { max: PUBLIC_LOOKUP_RATE_LIMIT, timeWindow: 60_000 } },
        schema: {
          tags,
          summary:
            'Look a dossier up by its code (no sign-in): procedure, status, received date, due date, result — nothing about the applicant',
          params: PublicCodeParams,
          response: { 200: PublicDossier, ...errorResponses },
        },
      },
      async (request) => lookUpDossier(app.db, request.params.code),
    );

    app.post(
      '/public/dossiers',
      {
        config: { public: true, rateLimit: { max: PUBLIC_SUBMIT_RATE_LIMIT, timeWindow: 60_000 } },
        schema: {
          tags,
          summary:
            'Submit a dossier online (no sign-in): kept unconfirmed until the link e-mailed to the applicant is opened',
          body: PublicSubmissionBody,
          response: { 202: PublicSubmissionAnswer, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(202).send(
          await submitPublicDossier(app.db, actorOf(request), request.body, {
            mailer: context.mailer,
            origin: `${request.protocol}://${request.host}`,
          }),
        ),
    );

    app.post(
      '/public/dossiers/confirm',
      {
        config: { public: true, rateLimit: { max: PUBLIC_CONFIRM_RATE_LIMIT, timeWindow: 60_000 } },
        schema: {
          tags,
          summary: 'Confirm a public submission with the token of its e-mail: staff then see it',
          body: ConfirmBody,
          response: { 200: ConfirmAnswer, ...errorResponses },
        },
      },
      async (request) => confirmPublicDossier(app.db, actorOf(request), request.body.token),
    );
  };
}
