// The OpenAPI 3.1 document of the /v1 API, generated from the schemas of this package, so the
// contract and the validation cannot drift apart. Built on demand: nothing runs at import.
import * as z from 'zod/mini';
import { localisedTextSchema } from './common-schemas.js';
import { competitionSchema } from './competition.js';
import { courseSchema, occupationRefSchema } from './course.js';
import { dictionariesSchema } from './dictionaries.js';
import { enrolmentCreatedSchema, enrolmentSchema, maskedApplicantSchema } from './enrolment.js';
import { enrolmentRequestSchema } from './enrolment-request.js';
import { citizenId, creditCode, mobile } from './identity-schemas.js';
import {
  contestantSchema,
  leaderboardEntrySchema,
  leaderboardSchema,
  scoreRequestSchema,
} from './leaderboard.js';
import {
  competitionListSchema,
  courseListSchema,
  enrolmentListSchema,
  providerListSchema,
} from './list-envelope.js';
import { orderClassSchema } from './order-class.js';
import { outcomesSchema } from './outcomes.js';
import { fieldErrorSchema, problemSchema } from './problem.js';
import { providerSchema, providerSummarySchema } from './provider.js';
import {
  competitionQuerySchema,
  courseQuerySchema,
  enrolmentQuerySchema,
  providerQuerySchema,
} from './queries.js';
import { questionSchema } from './question.js';

type Json = Record<string, unknown>;
type Who = 'pk' | 'sk' | 'anyone';
type Meta = { id: string; pattern?: string; description?: string };

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

/** Each schema as a component, converted in the direction it travels. */
function componentSchemas(): Record<string, Json> {
  const convert = (named: Record<string, z.core.$ZodType>, io: 'input' | 'output') => {
    const registry = z.registry<Meta>();
    for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
    // The identity checks are code, not JSON Schema: describe them and give the shape.
    registry.add(citizenId, {
      id: 'CitizenId',
      pattern: '^\\d{17}[\\dXx]$',
      description:
        'GB 11643-1999 citizen ID number: region, birth date, MOD 11-2 check character. Personal, sensitive.',
    });
    registry.add(creditCode, {
      id: 'CreditCode',
      pattern: '^[0-9A-HJ-NP-RTUW-Y]{18}$',
      description: 'GB 32100-2015 unified social credit code with its check character.',
    });
    registry.add(mobile, {
      id: 'Mobile',
      pattern: '^(\\+86)?1[3-9]\\d{9}$',
      description:
        'Mainland China mobile number; +86, spaces and hyphens are accepted and removed. Personal.',
    });
    const { schemas } = z.toJSONSchema(registry, {
      io,
      metadata: registry,
      unrepresentable: 'any',
      uri: (id) => `#/components/schemas/${id}`,
    });
    return Object.fromEntries(
      // $schema and $id are implied by the document (a fragment $id is not allowed in 2020-12).
      Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema as Json]),
    );
  };
  return {
    ...convert({ EnrolmentRequest: enrolmentRequestSchema, ScoreRequest: scoreRequestSchema }, 'input'),
    ...convert(
      {
        Course: courseSchema,
        CourseList: courseListSchema,
        Provider: providerSchema,
        ProviderList: providerListSchema,
        Enrolment: enrolmentSchema,
        EnrolmentCreated: enrolmentCreatedSchema,
        EnrolmentList: enrolmentListSchema,
        Competition: competitionSchema,
        CompetitionList: competitionListSchema,
        Leaderboard: leaderboardSchema,
        Dictionaries: dictionariesSchema,
        Problem: problemSchema,
        // Shared parts, named so the document reads well and stays small.
        LocalisedText: localisedTextSchema,
        ProviderSummary: providerSummarySchema,
        OccupationRef: occupationRefSchema,
        Outcomes: outcomesSchema,
        Question: questionSchema,
        OrderClass: orderClassSchema,
        MaskedApplicant: maskedApplicantSchema,
        Contestant: contestantSchema,
        LeaderboardEntry: leaderboardEntrySchema,
        FieldError: fieldErrorSchema,
      },
      'output',
    ),
  };
}

/** Query parameters from an object schema, in the form clients send them (strings). */
function queryParameters(schema: z.ZodMiniObject): Json[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { $schema: _, ...json } = z.toJSONSchema(field as z.core.$ZodType, {
      io: 'input',
      unrepresentable: 'any',
    });
    const optional = (field as z.core.$ZodType)._zod.optin === 'optional';
    return { name, in: 'query', required: !optional, schema: json };
  });
}

const idParameter = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', minLength: 1, maxLength: 64 },
};

const problem = (description: string): Json => ({
  description,
  headers: { 'Request-Id': { $ref: '#/components/headers/Request-Id' } },
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

const json = (description: string, schema: string): Json => ({
  description,
  headers: { 'Request-Id': { $ref: '#/components/headers/Request-Id' } },
  content: { 'application/json': { schema: ref(schema) } },
});

const security = (who: Who): Json[] =>
  who === 'anyone' ? [] : who === 'pk' ? [{ publishableKey: [] }, { secretKey: [] }] : [{ secretKey: [] }];

function operation(operationId: string, summary: string, who: Who, ok: Json, extra: Json = {}): Json {
  const errors: Json =
    who === 'anyone'
      ? {}
      : {
          '400': problem(
            'The request is not valid: validation_failed (with `errors` listing the fields), ' +
              'invalid_json, invalid_cursor or invalid_idempotency_key.',
          ),
          '401': problem('No key, or an unknown key.'),
          '403': problem('The key may not do this, or the Origin is not allowed for it.'),
          '429': problem('Too many requests; retry after the Retry-After header.'),
          '500': problem('A fault of the server (code internal_error); quote the requestId.'),
        };
  return { operationId, summary, security: security(who), ...extra, responses: { ...ok, ...errors } };
}

const idempotencyKeyParameter: Json = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Retries with the same key and body return the first response (header Idempotent-Replayed: true). Kept 24 h.',
  schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' },
};

/** The answers of a POST with a JSON body, besides the operation's own. */
const jsonBodyProblems: Json = {
  '413': problem('The body is larger than the server accepts (code payload_too_large).'),
  '415': problem('The body is not application/json (code unsupported_media_type).'),
};

/** The OpenAPI 3.1 document of the whole API. */
export function openApiDocument(): Json {
  const notFound = { '404': problem('No such record (code not_found).') };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Skills Huai’an API (技能兴淮)',
      version: '1.0.0',
      description:
        'Courses, enrolments, competitions and code lists of the Skills Huai’an plan (淮政办函〔2025〕5号). ' +
        'Errors are application/problem+json (RFC 9457) with a stable `code` and a `requestId`.',
    },
    servers: [{ url: '/v1' }],
    paths: {
      '/courses': {
        get: operation(
          'listCourses',
          'Search courses',
          'pk',
          { '200': json('A page of courses', 'CourseList') },
          {
            parameters: queryParameters(courseQuerySchema),
          },
        ),
      },
      '/courses/{id}': {
        get: operation(
          'getCourse',
          'One course',
          'pk',
          { '200': json('The course', 'Course'), ...notFound },
          {
            parameters: [idParameter],
          },
        ),
      },
      '/enrolments': {
        post: operation(
          'createEnrolment',
          'Enrol in a course',
          'pk',
          {
            '201': json('Created: submitted, or waitlisted when the course is full', 'EnrolmentCreated'),
            '404': problem('No such course (code course_not_found).'),
            '409': problem(
              'The person already holds an active enrolment on this course (duplicate_enrolment) or a ' +
                'subsidised course whose dates overlap (subsidised_overlap); or a request with this ' +
                'Idempotency-Key is still running (idempotency_in_flight).',
            ),
            '422': problem(
              'The enrolment breaks a rule of the course: position_required, position_unknown, ' +
                'position_not_applicable, not_eligible_target_group, not_eligible_age; or the ' +
                'Idempotency-Key was used before with another body (idempotency_key_reused).',
            ),
            ...jsonBodyProblems,
          },
          {
            parameters: [idempotencyKeyParameter],
            requestBody: {
              required: true,
              content: { 'application/json': { schema: ref('EnrolmentRequest') } },
            },
          },
        ),
        get: operation(
          'listEnrolments',
          'Enrolments of the key’s organisation',
          'sk',
          {
            '200': json('A page of enrolments', 'EnrolmentList'),
          },
          { parameters: queryParameters(enrolmentQuerySchema) },
        ),
      },
      '/enrolments/{id}': {
        get: operation(
          'getEnrolment',
          'One enrolment',
          'sk',
          { '200': json('The enrolment', 'Enrolment'), ...notFound },
          {
            parameters: [idParameter],
          },
        ),
      },
      '/competitions': {
        get: operation(
          'listCompetitions',
          'List competitions',
          'pk',
          {
            '200': json('A page of competitions', 'CompetitionList'),
          },
          { parameters: queryParameters(competitionQuerySchema) },
        ),
      },
      '/competitions/{id}': {
        get: operation(
          'getCompetition',
          'One competition',
          'pk',
          {
            '200': json('The competition', 'Competition'),
            ...notFound,
          },
          { parameters: [idParameter] },
        ),
      },
      '/competitions/{id}/leaderboard': {
        get: operation(
          'getLeaderboard',
          'Current standings',
          'pk',
          {
            '200': json('The leaderboard', 'Leaderboard'),
            ...notFound,
          },
          { parameters: [idParameter] },
        ),
      },
      '/competitions/{id}/leaderboard/stream': {
        get: operation(
          'watchLeaderboard',
          'Standings as server-sent events',
          'pk',
          {
            '200': {
              description: 'text/event-stream; the data of each event is a Leaderboard as JSON.',
              content: { 'text/event-stream': { schema: { type: 'string' } } },
            },
            ...notFound,
          },
          {
            parameters: [
              idParameter,
              {
                name: 'key',
                in: 'query',
                required: false,
                description: 'A publishable key, for EventSource, which cannot send headers.',
                schema: { type: 'string', pattern: '^pk_' },
              },
              {
                name: 'Last-Event-ID',
                in: 'header',
                required: false,
                description:
                  'The id of the last event received: the stream resumes after it, or starts with a ' +
                  'full snapshot event when it cannot. Browsers send it on reconnection.',
                schema: { type: 'string', pattern: '^\\d{1,15}$' },
              },
              {
                name: 'lastEventId',
                in: 'query',
                required: false,
                description: 'The same as the Last-Event-ID header, for clients that cannot set headers.',
                schema: { type: 'string', pattern: '^\\d{1,15}$' },
              },
            ],
          },
        ),
      },
      '/competitions/{id}/scores': {
        post: operation(
          'recordScore',
          'Record a score (organiser)',
          'sk',
          {
            '200': json('The updated leaderboard', 'Leaderboard'),
            ...notFound,
            '409': problem(
              'The competition is not live (competition_not_live), or a request with this ' +
                'Idempotency-Key is still running (idempotency_in_flight).',
            ),
            '422': problem(
              'The contestant is not in this competition (contestant_unknown), or the Idempotency-Key ' +
                'was used before with another body (idempotency_key_reused).',
            ),
            ...jsonBodyProblems,
          },
          {
            parameters: [idParameter, idempotencyKeyParameter],
            requestBody: { required: true, content: { 'application/json': { schema: ref('ScoreRequest') } } },
          },
        ),
      },
      '/dictionaries': {
        get: operation('getDictionaries', 'Every code list', 'pk', {
          '200': json('The code lists', 'Dictionaries'),
        }),
      },
      '/providers': {
        get: operation(
          'listProviders',
          'Training providers',
          'pk',
          {
            '200': json('A page of providers', 'ProviderList'),
          },
          { parameters: queryParameters(providerQuerySchema) },
        ),
      },
      '/providers/{id}': {
        get: operation(
          'getProvider',
          'One provider',
          'pk',
          { '200': json('The provider', 'Provider'), ...notFound },
          {
            parameters: [idParameter],
          },
        ),
      },
      '/healthz': {
        // Liveness sits outside /v1.
        servers: [{ url: '/' }],
        get: operation('getHealth', 'Liveness', 'anyone', {
          '200': {
            description: 'The server is alive',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
        }),
      },
      '/openapi.json': {
        get: operation('getOpenApi', 'This document', 'anyone', {
          '200': {
            description: 'The OpenAPI document',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
        }),
      },
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        publishableKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'pk_… key, usable from allowed browser origins',
        },
        secretKey: { type: 'http', scheme: 'bearer', description: 'sk_… key, server side only' },
      },
      headers: {
        'Request-Id': { description: 'Quote it to support.', schema: { type: 'string' } },
      },
    },
  };
}
