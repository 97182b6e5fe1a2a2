import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import type { ModuleContext } from '../index.ts';
import { IdParams } from './commendation.schemas.ts';
import * as decisions from './decisions.service.ts';
import {
  CommendationDecision,
  CreateDecisionBody,
  CreateProposalBody,
  DecisionList,
  ListDecisionsQuery,
  ListProposalsQuery,
  Proposal,
  ProposalList,
  ProposalVersionBody,
  ReturnProposalBody,
  ReviewProposalBody,
  UpdateProposalBody,
} from './proposals.schemas.ts';
import * as service from './proposals.service.ts';

/** Proposals for awards, the council's review, and the decisions that put awards on the register. */
export function proposalsRoutes(_context: ModuleContext) {
  return async (app: AppInstance) => {
    const tags = ['commendation'];
    const proposal = { 200: Proposal, ...errorResponses };

    app.get(
      '/commendation/proposals',
      {
        schema: {
          tags,
          summary: 'A board’s proposals for awards (đề nghị khen thưởng), newest year first',
          querystring: ListProposalsQuery,
          response: { 200: ProposalList, ...errorResponses },
        },
      },
      async (request) => service.listProposals(app.db, actorOf(request), request.query),
    );

    app.post(
      '/commendation/proposals',
      {
        schema: {
          tags,
          summary: 'Draft a proposal (annual, thematic, sudden) with its items',
          body: CreateProposalBody,
          response: { 201: Proposal, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.createProposal(app.db, actorOf(request), request.body)),
    );

    app.get(
      '/commendation/proposals/:id',
      {
        schema: {
          tags,
          summary: 'A proposal with its items, the council’s votes and its decisions',
          params: IdParams,
          response: proposal,
        },
      },
      async (request) => service.getProposal(app.db, actorOf(request), request.params.id),
    );

    app.patch(
      '/commendation/proposals/:id',
      {
        schema: {
          tags,
          summary: 'Edit a draft or returned proposal (items replaces every item)',
          params: IdParams,
          body: UpdateProposalBody,
          response: proposal,
        },
      },
      async (request) => service.updateProposal(app.db, actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/commendation/proposals/:id/submit',
      {
        schema: {
          tags,
          summary: 'Submit a proposal to the emulation and commendation council',
          params: IdParams,
          body: ProposalVersionBody,
          response: proposal,
        },
      },
      async (request) =>
        service.submitProposal(app.db, actorOf(request), request.params.id, request.body.version),
    );

    app.post(
      '/commendation/proposals/:id/review',
      {
        schema: {
          tags,
          summary: 'Record the council’s review: date, note, and each item agreed or not with its votes',
          params: IdParams,
          body: ReviewProposalBody,
          response: proposal,
        },
      },
      async (request) => service.reviewProposal(app.db, actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/commendation/proposals/:id/return',
      {
        schema: {
          tags,
          summary: 'Return a submitted or reviewed proposal for editing, with the reason',
          params: IdParams,
          body: ReturnProposalBody,
          response: proposal,
        },
      },
      async (request) => service.returnProposal(app.db, actorOf(request), request.params.id, request.body),
    );

    app.get(
      '/commendation/decisions',
      {
        schema: {
          tags,
          summary: 'A board’s decisions (quyết định khen thưởng), newest first',
          querystring: ListDecisionsQuery,
          response: { 200: DecisionList, ...errorResponses },
        },
      },
      async (request) => decisions.listDecisions(app.db, actorOf(request), request.query),
    );

    app.post(
      '/commendation/decisions',
      {
        schema: {
          tags,
          summary:
            'Record a decision and put its awards on the register: a reviewed proposal’s agreed items, or items given',
          body: CreateDecisionBody,
          response: { 201: CommendationDecision, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await decisions.createDecision(app.db, actorOf(request), request.body)),
    );

    app.get(
      '/commendation/decisions/:id',
      {
        schema: {
          tags,
          summary: 'A decision with the awards it gave',
          params: IdParams,
          response: { 200: CommendationDecision, ...errorResponses },
        },
      },
      async (request) => decisions.getDecision(app.db, actorOf(request), request.params.id),
    );
  };
}
