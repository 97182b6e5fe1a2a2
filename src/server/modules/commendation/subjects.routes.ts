import { z } from 'zod';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import type { ModuleContext } from '../index.ts';
import { IdParams } from './commendation.schemas.ts';
import * as register from './register.service.ts';
import {
  CommendationSubject,
  CommendationSubjectList,
  CreateSubjectBody,
  LeaveSubjectBody,
  ListSubjectsQuery,
  PutRatingBody,
  RatingParams,
  SubjectHistory,
  SubjectRating,
  SubjectRatingList,
  UpdateSubjectBody,
} from './subjects.schemas.ts';
import * as service from './subjects.service.ts';

/** Persons and collectives of a board, their yearly ratings and their history across years. */
export function subjectsRoutes(_context: ModuleContext) {
  return async (app: AppInstance) => {
    const tags = ['commendation'];
    const subject = { 200: CommendationSubject, ...errorResponses };

    app.get(
      '/commendation/subjects',
      {
        schema: {
          tags,
          summary: 'A board’s persons and collectives (search by name or position, kind, collective)',
          querystring: ListSubjectsQuery,
          response: { 200: CommendationSubjectList, ...errorResponses },
        },
      },
      async (request) => service.listSubjects(app.db, actorOf(request), request.query),
    );

    app.post(
      '/commendation/subjects',
      {
        schema: {
          tags,
          summary: 'Add a person or a collective to the board’s commendation register',
          body: CreateSubjectBody,
          response: { 201: CommendationSubject, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.createSubject(app.db, actorOf(request), request.body)),
    );

    app.get(
      '/commendation/subjects/:id',
      { schema: { tags, summary: 'A person or collective', params: IdParams, response: subject } },
      async (request) => service.getSubject(app.db, actorOf(request), request.params.id),
    );

    app.patch(
      '/commendation/subjects/:id',
      {
        schema: {
          tags,
          summary: 'Edit a person or collective (name, position, collective, birth year)',
          params: IdParams,
          body: UpdateSubjectBody,
          response: subject,
        },
      },
      async (request) => service.updateSubject(app.db, actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/commendation/subjects/:id/leave',
      {
        schema: {
          tags,
          summary: 'Mark a subject as having left the board on a day (null: back); its records stay',
          params: IdParams,
          body: LeaveSubjectBody,
          response: subject,
        },
      },
      async (request) => service.markSubjectLeft(app.db, actorOf(request), request.params.id, request.body),
    );

    app.get(
      '/commendation/subjects/:id/ratings',
      {
        schema: {
          tags,
          summary: 'A subject’s ratings (đánh giá, xếp loại), newest year first',
          params: IdParams,
          response: { 200: SubjectRatingList, ...errorResponses },
        },
      },
      async (request) => service.listRatings(app.db, actorOf(request), request.params.id),
    );

    app.put(
      '/commendation/subjects/:id/ratings/:year',
      {
        schema: {
          tags,
          summary: 'Set a subject’s rating of a year: rating, discipline, a person’s collective that year',
          params: RatingParams,
          body: PutRatingBody,
          response: { 200: SubjectRating, ...errorResponses },
        },
      },
      async (request) =>
        service.putRating(app.db, actorOf(request), request.params.id, request.params.year, request.body),
    );

    app.delete(
      '/commendation/subjects/:id/ratings/:year',
      {
        schema: {
          tags,
          summary: 'Remove a rating entered by mistake',
          params: RatingParams,
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await service.deleteRating(app.db, actorOf(request), request.params.id, request.params.year);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/commendation/subjects/:id/history',
      {
        schema: {
          tags,
          summary: 'A subject’s record across the years: ratings, titles and awards, initiatives',
          params: IdParams,
          response: { 200: SubjectHistory, ...errorResponses },
        },
      },
      async (request) => register.subjectHistory(app.db, actorOf(request), request.params.id),
    );
  };
}
