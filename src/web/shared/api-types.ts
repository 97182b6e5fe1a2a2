/**
 * The API as the server's OpenAPI document describes it — generated, do not edit.
 * Regenerate with `npm run api:types` (scripts/api-types.ts) after changing a route's schema;
 * scripts/api-types.test.ts fails while this file is out of date.
 * Use it through src/web/shared/api.ts (`Schema<…>`, `ApiResponse<…>`, the typed `api` client).
 */
export interface paths {
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit log: who changed what, when, before and after */
    get: operations['listAuditEntries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The history of a board's settings of one kind (calendar, rules, rates, targets) */
    get: operations['listAuditSettings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in; sets an httpOnly session cookie */
    post: operations['login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out */
    post: operations['logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change my own name or e-mail address (version required) */
    patch: operations['updateMe'];
    trace?: never;
  };
  '/api/v1/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change my password; my other sessions and all my API tokens end */
    post: operations['changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My API tokens */
    get: operations['listAuthTokens'];
    put?: never;
    /** Create an API token for scripts; the secret is shown once */
    post: operations['createAuthToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API token */
    delete: operations['deleteAuthToken'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/backup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A backup of the whole database (national administrators, the local command line)
     * @description Answers application/gzip: JSON lines — a header (format "kcn-backup", version 1, migrations, row counts), the rows of every table, an end line. Restore with `kcn restore FILE` into an empty database.
     */
    get: operations['getBackup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Blocs (khối thi đua) the user reads, with their boards this year
     * @description A national user reads every bloc, a bloc user its own, a board user the blocs its board has been a member of.
     */
    get: operations['listBlocs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocs/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A bloc with every year it has (members, leader, deputy) */
    get: operations['getBloc'];
    /** Create or rename a bloc (blocs-v1): a national administrator creates, a bloc administrator renames its own */
    put: operations['setBloc'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocs/{code}/covenants/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The bloc's covenant (giao ước thi đua) of a year */
    get: operations['getBlocCovenant'];
    /** Set the bloc's covenant of a year (the year's leader or a bloc administrator) */
    put: operations['setBlocCovenant'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocs/{code}/covenants/{year}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download the signed covenant, under its name */
    get: operations['getBlocCovenantFile'];
    /**
     * Store the signed covenant (PDF, DOCX, JPEG, PNG; ≤ 10 MB) as the raw body
     * @description Send the file as the raw body (≤ 10 MB). Its type is read from its first bytes: PDF, JPEG, PNG or a Word file; anything else is refused with 415 EMULATION_FILE_TYPE. Replaces the file stored before.
     */
    put: operations['setBlocCovenantFile'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocs/{code}/returns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A period's returns: each member of the period's year with its return, if entered */
    get: operations['listBlocReturns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocs/{code}/returns/{board}/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Enter or replace a member's return of a period (the leader board's staff, or a bloc manager) */
    put: operations['setBlocReturn'];
    post?: never;
    /** Delete a member's return of a period */
    delete: operations['deleteBlocReturn'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocs/{code}/returns/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a filled template (.xlsx as the raw body): all-or-nothing, every bad cell listed
     * @description On any problem nothing is written and the 422 BLOC_RETURNS_IMPORT_INVALID envelope lists each one as { row, column, board, code }. Otherwise each row becomes the member's return (source "import").
     */
    post: operations['importBlocReturn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocs/{code}/returns/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Excel template of a period: one row per member of its year, returns entered prefilled
     * @description Answers an .xlsx (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet) with the sheets "Số liệu" and "Hướng dẫn".
     */
    get: operations['getBlocReturnsTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocs/{code}/scoring/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The bloc's scoring table of a year (criteria tree, members' targets, sheets' states) */
    get: operations['getScoringTable'];
    /**
     * Set the bloc's scoring table of a year (the year's leader or a bloc administrator)
     * @description The criteria as a tree (a `sum` adds its children); refused with SCORING_TABLE_INVALID listing each problem the domain finds. Criteria are kept by code, so members’ values of criteria that stay are kept. Refused (SCORING_TABLE_LOCKED) once a member has submitted its sheet.
     */
    put: operations['setScoringTable'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocs/{code}/scoring/{year}/ranking': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ranking of the bloc’s members (format=docx: the Word document for the conference) */
    get: operations['getScoringRanking'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocs/{code}/scoring/{year}/sheets/{board}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A member's score sheet (a draft with no values until it saves one) */
    get: operations['getScoreSheet'];
    /** Fill the member's own values (its staff, while the sheet is a draft) */
    put: operations['setScoreSheet'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocs/{code}/scoring/{year}/sheets/{board}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** The leader's reviewed values of a submitted sheet */
    put: operations['reviewScoreSheet'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocs/{code}/scoring/{year}/sheets/{board}/reviewed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a submitted sheet reviewed: the ranking then counts its reviewed values */
    post: operations['finishScoreSheetReview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocs/{code}/scoring/{year}/sheets/{board}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit the member's sheet to the bloc's leader */
    post: operations['submitScoreSheet'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocs/{code}/years/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One year of a bloc: its members in order, leader and deputy */
    get: operations['getBlocYear'];
    /**
     * Set one year's members, leader and deputy (blocs-v1)
     * @description Refused with every problem listed and nothing changed: BLOC_MEMBER_UNKNOWN, BLOC_MEMBER_DUPLICATE, BLOC_MEMBER_DISSOLVED, BLOC_LEADER_NOT_MEMBER, BLOC_DEPUTY_NOT_MEMBER, BLOC_DEPUTY_IS_LEADER, BLOC_YEAR_OUT_OF_RANGE, BLOC_CODE_INVALID. `version` (optional) is the year's version read.
     */
    put: operations['setBlocYear'];
    post?: never;
    /** Remove one year of a bloc */
    delete: operations['deleteBlocYear'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/boards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Boards the user may see */
    get: operations['listBoards'];
    put?: never;
    /** Create a board (national administrators) */
    post: operations['createBoard'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/boards/{code}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Merge a board into another from a date: its zones move and it is dissolved */
    post: operations['mergeBoard'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/boards/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One board */
    get: operations['getBoard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update a board */
    patch: operations['updateBoard'];
    trace?: never;
  };
  '/api/v1/calendar/due-date': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The due date of a deadline in working days (workingDays) or calendar days (days) for a receipt at receivedAt */
    get: operations['getCalendarDueDate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/years': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The schedules of working days of the years from..to (at most 50) */
    get: operations['listCalendarYears'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/years/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A year's schedule: days off, make-up working days, where it comes from */
    get: operations['getCalendarYear'];
    /** Set a year's schedule as the government announced it (replaces the whole year) */
    put: operations['setCalendarYear'];
    post?: never;
    /** Return a year to its built-in or default schedule */
    delete: operations['deleteCalendarYear'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/capital-implementations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete an implemented-capital entry, stating why */
    delete: operations['deleteCapitalImplementation'];
    options?: never;
    head?: never;
    /** Correct an implemented-capital entry, stating why; returns the project, with warnings as when recording */
    patch: operations['updateCapitalImplementation'];
    trace?: never;
  };
  '/api/v1/commendation/awards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The register of titles and awards (year, years, subject, award, kind), newest first */
    get: operations['listCommendationAwards'];
    put?: never;
    /** Record an award given by another authority’s decision not kept here (in words) */
    post: operations['createCommendationAward'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/commendation/awards/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke an award (date, reason): kept on the register, marked, no longer counted */
    post: operations['revokeCommendationAward'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/commendation/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A board’s decisions (quyết định khen thưởng), newest first */
    get: operations['listCommendationDecisions'];
    put?: never;
    /** Record a decision and put its awards on the register: a reviewed proposal’s agreed items, or items given */
    post: operations['createCommendationDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/commendation/decisions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A decision with the awards it gave */
    get: operations['getCommendationDecision'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/commendation/eligibility': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A board’s year: what each subject qualifies for, its outlook for the next year, and the 15 % CSTĐCS cap */
    get: operations['getCommendationEligibility'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/commendation/initiatives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A board’s initiatives (sáng kiến) with their authors, newest year first */
    get: operations['listCommendationInitiatives'];
    put?: never;
    /** Record an initiative, its authors and the level that recognised it */
    post: operations['createCommendationInitiative'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/commendation/initiatives/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An initiative with its authors */
    get: operations['getCommendationInitiative'];
    put?: never;
    post?: never;
    /** Delete an initiative recorded by mistake */
    delete: operations['deleteCommendationInitiative'];
    options?: never;
    head?: never;
    /** Edit an initiative (authorIds replaces its authors) */
    patch: operations['updateCommendationInitiative'];
    trace?: never;
  };
  '/api/v1/commendation/proposals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A board’s proposals for awards (đề nghị khen thưởng), newest year first */
    get: operations['listCommendationProposals'];
    put?: never;
    /** Draft a proposal (annual, thematic, sudden) with its items */
    post: operations['createCommendationProposal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/commendation/proposals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A proposal with its items, the council’s votes and its decisions */
    get: operations['listCommendationProposal'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit a draft or returned proposal (items replaces every item) */
    patch: operations['updateCommendationProposal'];
    trace?: never;
  };
  '/api/v1/commendation/proposals/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Return a submitted or reviewed proposal for editing, with the reason */
    post: operations['returnCommendationProposal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/commendation/proposals/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the council’s review: date, note, and each item agreed or not with its votes */
    post: operations['reviewCommendationProposal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/commendation/proposals/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit a proposal to the emulation and commendation council */
    post: operations['submitCommendationProposal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/commendation/registrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A year’s registrations for titles (đăng ký thi đua) with their subjects */
    get: operations['listCommendationRegistrations'];
    put?: never;
    /** Register a person or collective for a title of a year */
    post: operations['createCommendationRegistration'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/commendation/registrations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a registration while no decision has recorded that award */
    delete: operations['deleteCommendationRegistration'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/commendation/subjects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A board’s persons and collectives (search by name or position, kind, collective) */
    get: operations['listCommendationSubjects'];
    put?: never;
    /** Add a person or a collective to the board’s commendation register */
    post: operations['createCommendationSubject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/commendation/subjects/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person or collective */
    get: operations['getCommendationSubject'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit a person or collective (name, position, collective, birth year) */
    patch: operations['updateCommendationSubject'];
    trace?: never;
  };
  '/api/v1/commendation/subjects/{id}/eligibility': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A subject’s every answer for a year (met or not) with conditions and evidence */
    get: operations['getCommendationSubjectEligibility'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/commendation/subjects/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A subject’s record across the years: ratings, titles and awards, initiatives */
    get: operations['getCommendationSubjectHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/commendation/subjects/{id}/leave': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a subject as having left the board on a day (null: back); its records stay */
    post: operations['leaveCommendationSubject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/commendation/subjects/{id}/ratings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A subject’s ratings (đánh giá, xếp loại), newest year first */
    get: operations['listCommendationSubjectRatings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/commendation/subjects/{id}/ratings/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a subject’s rating of a year: rating, discipline, a person’s collective that year */
    put: operations['setCommendationSubjectRating'];
    post?: never;
    /** Remove a rating entered by mistake */
    delete: operations['deleteCommendationSubjectRating'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/outgoing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The board's register of outgoing documents (sổ văn bản đi), newest number first */
    get: operations['listDocumentsOutgoing'];
    put?: never;
    /** Take the next number of the board's yearly register for a document (05/BC-BQL), and record it */
    post: operations['outgoingDocument'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Dossiers with their due date, working days left and risk today (an enterprise account: its own) */
    get: operations['listDossiers'];
    put?: never;
    /** Receive a dossier at the counter or by post (tiếp nhận): its code, due date and steps */
    post: operations['createDossier'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A dossier with its procedure version, steps, supplements, events, files and flags */
    get: operations['getDossier'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an online submission (tiếp nhận): the clock starts now */
    post: operations['acceptDossier'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{id}/apology': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The apology letter of a late dossier with the new date promised (form 04); the legal due date stays */
    post: operations['recordDossierApology'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Attach a file (PDF, JPEG, PNG, DOCX, XLSX; ≤ 10 MB) as the raw body
     * @description Send the file as the raw body (≤ 10 MB). Its type is read from its first bytes: PDF, JPEG, PNG, or a Word/Excel file; anything else is refused with 415 DOSSIER_ATTACHMENT_TYPE. Staff of the dossier’s board, or the enterprise that owns it.
     */
    post: operations['createDossierAttachment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{id}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a file of a dossier, under its name */
    get: operations['getDossierAttachment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{id}/forms/{form}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A dossier's form (Circular 03/2025/TT-VPCP, Annex I) as a Word document in the Decree 30 layout: 01 receipt, 02 supplement request, 03 refusal, 04 apology */
    get: operations['getDossierForm'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{id}/not-accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refuse an online submission (form 03, không tiếp nhận), with the reason */
    post: operations['notAcceptDossier'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{id}/result': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the result (approved, refused, withdrawn, stopped); a late dossier needs its apology letter first */
    post: operations['recordDossierResult'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hand the result to the applicant (trả kết quả); a late dossier needs its apology letter */
    post: operations['returnDossier'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{id}/steps/{stepId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Assign a step to a person of the board (null: nobody) */
    patch: operations['updateDossierStep'];
    trace?: never;
  };
  '/api/v1/dossiers/{id}/steps/{stepId}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Complete a step */
    post: operations['completeDossierStep'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{id}/supplement-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Request a supplement (form 02): the clock stops; a second request is flagged (lateBy766) */
    post: operations['createDossierSupplementRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{id}/supplements/{supplementId}/supplied': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The supplement arrived (staff, or the enterprise owner): the due date moves later */
    post: operations['recordDossierSupplementSupplied'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/attention': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What needs doing on a board: due in ≤ 2 working days, overdue, awaiting acceptance, and each department’s open steps */
    get: operations['getDossiersAttention'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/submissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit a dossier online (an enterprise account): it awaits acceptance by the board */
    post: operations['createDossiersSubmission'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/emulation/movements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Emulation movements of the boards and blocs the user may read, by year, board or bloc */
    get: operations['listEmulationMovements'];
    put?: never;
    /** Launch a movement: a board's own (board staff) or a bloc's (the year's leader, a bloc administrator) */
    post: operations['createEmulationMovement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/emulation/movements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An emulation movement */
    get: operations['getEmulationMovement'];
    put?: never;
    post?: never;
    /** Delete a movement no registration or proposal refers to (else EMULATION_MOVEMENT_IN_USE) */
    delete: operations['deleteEmulationMovement'];
    options?: never;
    head?: never;
    /** Correct a movement */
    patch: operations['updateEmulationMovement'];
    trace?: never;
  };
  '/api/v1/enterprise-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Periodic statistics reports (an enterprise user: its own) */
    get: operations['listEnterpriseReports'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprise-reports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One report with its checks and its history (audit entries) */
    get: operations['getEnterpriseReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprise-reports/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept (tiếp nhận) a submitted report; it is then locked */
    post: operations['acceptEnterpriseReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprise-reports/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Return (trả lại) a submitted report with a reason */
    post: operations['returnEnterpriseReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprise-reports/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit (nộp) a draft or returned report; soft warnings need comments */
    post: operations['submitEnterpriseReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprise-reports/{id}/unlock-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask to correct an accepted (locked) report */
    post: operations['createEnterpriseReportUnlockRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Enterprises (doanh nghiệp) with filters and accent-insensitive search */
    get: operations['listEnterprises'];
    put?: never;
    /** Register an enterprise (its board is its zone’s) */
    post: operations['createEnterprise'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{enterpriseId}/reports/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Save a draft of the enterprise’s report for a period; returns it with its checks */
    put: operations['setEnterpriseReport'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One enterprise, its zone and projects named */
    get: operations['getEnterprise'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update an enterprise (version required) */
    patch: operations['updateEnterprise'];
    trace?: never;
  };
  '/api/v1/enterprises/{id}/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The enterprise’s own accounts (username, full name, last sign-in, disabled) */
    get: operations['listEnterpriseAccounts'];
    put?: never;
    /** Create the enterprise’s own account (role enterprise); the password is returned once */
    post: operations['createEnterpriseAccount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/accounts/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Disable or enable an enterprise account (version required); disabling ends its sessions */
    patch: operations['updateEnterpriseAccount'];
    trace?: never;
  };
  '/api/v1/enterprises/{id}/accounts/{userId}/reset-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A new generated password for an enterprise account, returned once; its sessions end */
    post: operations['resetEnterpriseAccountPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness and database reachability */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/investors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Investors */
    get: operations['listInvestors'];
    put?: never;
    /** Register an investor */
    post: operations['createInvestor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/investors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One investor */
    get: operations['getInvestor'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update an investor */
    patch: operations['updateInvestor'];
    trace?: never;
  };
  '/api/v1/licensing-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Licensing events across projects, each with the capital before it (report drill-down) */
    get: operations['listLicensingEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/licensing-events/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete an adjustment or a termination (undoing the termination), stating why; returns the project */
    delete: operations['deleteLicensingEvent'];
    options?: never;
    head?: never;
    /** Correct a licensing event, stating why; returns the project */
    patch: operations['updateLicensingEvent'];
    trace?: never;
  };
  '/api/v1/one-stop/office': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The board’s one-stop office: dossier code prefix, counter, address, hours */
    get: operations['getOneStopOffice'];
    /** Set the board’s one-stop office (version required once set) */
    put: operations['setOneStopOffice'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/one-stop/procedures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The procedure catalogue as in force on a date, with accent-insensitive search */
    get: operations['listOneStopProcedures'];
    put?: never;
    /** Add a procedure to the board’s catalogue with its first version */
    post: operations['createOneStopProcedure'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/one-stop/procedures/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A procedure with every version, newest first */
    get: operations['getOneStopProcedure'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/one-stop/procedures/{id}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Retire a procedure from a date (bãi bỏ), or offer it again (retiredOn null) */
    post: operations['retireOneStopProcedure'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/one-stop/procedures/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a version in force from a new date (the law changed the deadline, the fee…) */
    post: operations['createOneStopProcedureVersion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/one-stop/procedures/{id}/versions/{versionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Correct a version (a version dossiers were received under keeps its deadline) */
    patch: operations['updateOneStopProcedureVersion'];
    trace?: never;
  };
  '/api/v1/packages/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export boards as a data package v1 (every visible board when none is named) */
    get: operations['exportPackage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/packages/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a data package v1: all-or-nothing, every problem listed, idempotent
     * @description On any invalid record nothing is written and the 422 PACKAGE_INVALID envelope lists every problem with its record kind, index, code, field and reason. `dryRun=true` validates and reports what would change without writing.
     */
    post: operations['importPackage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Projects with filters (zone, FDI/DDI, status, licensing dates) and accent-insensitive search */
    get: operations['listProjects'];
    put?: never;
    /** Register a project with its new investment registration certificate */
    post: operations['createProject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A project with its licensing history */
    get: operations['getProject'];
    put?: never;
    post?: never;
    /** Delete a project recorded by mistake */
    delete: operations['deleteProject'];
    options?: never;
    head?: never;
    /** Update a project (version required) */
    patch: operations['updateProject'];
    trace?: never;
  };
  '/api/v1/projects/{id}/capital-implementations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record cumulative implemented capital at a date; returns the project, with a warning when above the registered capital */
    post: operations['createProjectCapitalImplementation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{id}/licensing-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an adjustment or a termination; returns the project */
    post: operations['createProjectLicensingEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/province-totals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The province's totals entered by a board */
    get: operations['listProvinceTotals'];
    /** Set the province's total of an indicator for a period */
    put: operations['setProvinceTotals'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/province-totals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a province's total */
    delete: operations['deleteProvinceTotal'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/provinces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The provinces in force on a date (63 before 01/7/2025, 34 from then), for naming boards */
    get: operations['listProvinces'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/dossiers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit a dossier online (no sign-in): kept unconfirmed until the link e-mailed to the applicant is opened */
    post: operations['createPublicDossier'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/dossiers/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Look a dossier up by its code (no sign-in): procedure, status, received date, due date, result — nothing about the applicant */
    get: operations['getPublicDossier'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/dossiers/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm a public submission with the token of its e-mail: staff then see it */
    post: operations['confirmPublicDossier'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/procedures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A board’s procedures in force today, for investors (no sign-in) */
    get: operations['listPublicProcedures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reminders/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An enterprise account's reminders of the last 90 days */
    get: operations['listRemindersMine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting/periods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The board’s reporting periods (kỳ báo cáo) with due dates */
    get: operations['listReportingPeriods'];
    put?: never;
    /** Open a reporting period (due date defaults from the schedule) */
    post: operations['createReportingPeriod'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting/periods/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Open or close a period, or move its due date */
    patch: operations['updateReportingPeriod'];
    trace?: never;
  };
  '/api/v1/reporting/schedules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The board’s reporting calendar, one row per period kind (defaults created when missing) */
    get: operations['listReportingSchedules'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting/schedules/{periodKind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set whether a kind of period is collected and when it is due */
    put: operations['setReportingSchedule'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/bloc': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The emulation bloc's consolidated report: each member's figures and the bloc's totals for a period against a year earlier, on the same boundaries (blocs-v1)
     * @description Members, leader and deputy are those of the period's year. A member's figures come from its own records (investment, production and zones reports' rules); a member none of whose records are in this database takes them from its return for each period (`source`). Readable by national users, the bloc's users and users of a member board of that year.
     */
    get: operations['getReportsBloc'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/dossiers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Administrative-procedure dossiers in a period: received, resolved early / on time / late, pending, by procedure, with the Decision 766 indicators (one-stop-v1) */
    get: operations['getReportsDossiers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/investment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Investment attraction in a period and projects in force at its end (reports-v1) */
    get: operations['getReportsInvestment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/investment/monthly': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** New capital and net adjustments month by month over a period (charts) */
    get: operations['getReportsInvestmentMonthly'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/periodic': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The board's periodic report (investment, production, zones, the year-on-year comparison and the year's targets) for a month, quarter, half or year */
    get: operations['getReportsPeriodic'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/production': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Production and business in a period against a year earlier, from enterprises (reports-v1) */
    get: operations['getReportsProduction'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/zones': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Zones by status at a date, areas and occupancy (reports-v1) */
    get: operations['getReportsZones'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/statistics/completeness': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who has filed a period’s report: expected, submitted, on time, late, missing */
    get: operations['getStatisticsCompleteness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/statistics/excel/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Excel of a period's reports (every status, with a Trạng thái column), importable again
     * @description Answers an .xlsx (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).
     */
    get: operations['exportStatisticsExcel'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/statistics/excel/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a filled template (.xlsx as the raw body): all-or-nothing, every bad row listed
     * @description Send the workbook as the raw body with content-type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (≤ 20 MB). On any problem nothing is written and the 422 STATISTICS_IMPORT_INVALID envelope lists each one as { row, taxCode, column, code, reason }. Otherwise each row becomes the accepted report of the period, in one transaction. `dryRun=true` checks and counts without writing.
     */
    post: operations['importStatisticsExcel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/statistics/excel/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Excel template of a period: one row per operating enterprise, accepted figures prefilled
     * @description Answers an .xlsx (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet) with the sheets "Báo cáo" and "Hướng dẫn".
     */
    get: operations['getStatisticsExcelTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/statistics/exchange-rates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** USD exchange rates (tỷ giá) by period */
    get: operations['listStatisticsExchangeRates'];
    /** Set the rate of a period (version required to change an existing one) */
    put: operations['setStatisticsExchangeRates'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/statistics/reminders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Expected enterprises still to file, with their accounts to remind */
    get: operations['listStatisticsReminders'];
    put?: never;
    /** Remind every enterprise still to file a period: a notice, and e-mail when SMTP is configured */
    post: operations['createStatisticsReminder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/statistics/reminders/sent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The reminders sent for a period: when, by whom, to which addresses */
    get: operations['listStatisticsRemindersSent'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/statistics/rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Validation rules with the board’s effective severity and parameters */
    get: operations['listStatisticsRules'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/statistics/rules/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a rule’s severity (hard, soft, off) and parameters for the board */
    put: operations['setStatisticsRule'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/targets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A board's yearly targets */
    get: operations['listTargets'];
    /** Set the target of an indicator for a year (an amount, or a growth in percent) */
    put: operations['setTargets'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/targets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a target */
    delete: operations['deleteTarget'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/unlock-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Unlock requests (an enterprise user: its own) */
    get: operations['listUnlockRequests'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/unlock-requests/{id}/grant': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Grant an unlock request: the report goes back to returned (editable) */
    post: operations['grantUnlockRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/unlock-requests/{id}/refuse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refuse an unlock request: the report stays locked */
    post: operations['refuseUnlockRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Users the administrator manages */
    get: operations['listUsers'];
    put?: never;
    /** Create a user */
    post: operations['createUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One user */
    get: operations['getUser'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change role, name or disable */
    patch: operations['updateUser'];
    trace?: never;
  };
  '/api/v1/users/{id}/reset-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reset a password; the new one is shown once */
    post: operations['resetUserPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/zones': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Zones (KCN, KCX, KKT) with filters and accent-insensitive search */
    get: operations['listZones'];
    put?: never;
    /** Register a zone */
    post: operations['createZone'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/zones/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One zone */
    get: operations['getZone'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update a zone (version required) */
    patch: operations['updateZone'];
    trace?: never;
  };
  '/api/v1/zones/{id}/status-changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a status change (e.g. starts operating) */
    post: operations['createZoneStatusChange'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/zones/{id}/status-history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Replace the status history (corrections) */
    put: operations['setZoneStatusHistory'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/zones/{zoneCode}/transfer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a zone, with its projects and enterprises, to another board from a date */
    post: operations['transferZone'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ApiToken: {
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      expiresAt: string | null;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      lastUsedAt: string | null;
      name: string;
      prefix: string;
    };
    AuditEntry: {
      action: string;
      actorLabel: string;
      /** Format: uuid */
      actorUserId: string | null;
      after: unknown;
      /** Format: date-time */
      at: string;
      before: unknown;
      /** Format: uuid */
      boardId: string | null;
      entityId: string;
      entityKey: string | null;
      entityType: string;
      id: number;
      reason: string | null;
      requestId: string | null;
    };
    Bloc: {
      boards: {
        code: string;
        /** Format: uuid */
        id: string;
        name: string;
      }[];
      code: string;
      /** Format: uuid */
      id: string;
      name: string;
    };
    BlocDetail: {
      code: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      years: components['schemas']['BlocYear'][];
    };
    BlocReport: {
      bloc: string;
      blocName: string;
      boundariesAsOf: string;
      byMember: {
        board: string;
        budgetPaid: {
          ddiVnd: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
          fdiUsd: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
        };
        capitalNewAndAdjusted: {
          ddiVnd: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
          fdiUsd: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
        };
        name: string;
        newProjects: {
          ddi: {
            growthPct: number | null;
            previous: number;
            value: number;
          };
          fdi: {
            growthPct: number | null;
            previous: number;
            value: number;
          };
          total: {
            growthPct: number | null;
            previous: number;
            value: number;
          };
        };
        revenue: {
          ddiVnd: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
          fdiUsd: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
        };
        source: {
          /** @enum {string} */
          period: 'records' | 'return' | 'none';
          /** @enum {string} */
          previousPeriod: 'records' | 'return' | 'none';
        };
        zones: {
          inPlan: {
            areaHa: {
              growthPct: number | null;
              previous: string;
              value: string;
            };
            count: {
              growthPct: number | null;
              previous: number;
              value: number;
            };
          };
          operating: {
            areaHa: {
              growthPct: number | null;
              previous: string;
              value: string;
            };
            count: {
              growthPct: number | null;
              previous: number;
              value: number;
            };
          };
          underConstruction: {
            areaHa: {
              growthPct: number | null;
              previous: string;
              value: string;
            };
            count: {
              growthPct: number | null;
              previous: number;
              value: number;
            };
          };
        };
      }[];
      deputy: string | null;
      leader: string;
      members: string[];
      period: string;
      previousPeriod: string;
      /** @enum {string} */
      report: 'bloc';
      totals: {
        budgetPaid: {
          ddiVnd: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
          fdiUsd: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
        };
        capitalNewAndAdjusted: {
          ddiVnd: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
          fdiUsd: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
        };
        newProjects: {
          ddi: {
            growthPct: number | null;
            previous: number;
            value: number;
          };
          fdi: {
            growthPct: number | null;
            previous: number;
            value: number;
          };
          total: {
            growthPct: number | null;
            previous: number;
            value: number;
          };
        };
        revenue: {
          ddiVnd: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
          fdiUsd: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
        };
        zones: {
          inPlan: {
            areaHa: {
              growthPct: number | null;
              previous: string;
              value: string;
            };
            count: {
              growthPct: number | null;
              previous: number;
              value: number;
            };
          };
          operating: {
            areaHa: {
              growthPct: number | null;
              previous: string;
              value: string;
            };
            count: {
              growthPct: number | null;
              previous: number;
              value: number;
            };
          };
          underConstruction: {
            areaHa: {
              growthPct: number | null;
              previous: string;
              value: string;
            };
            count: {
              growthPct: number | null;
              previous: number;
              value: number;
            };
          };
        };
      };
    };
    BlocReturn: {
      bloc: string;
      board: string;
      boardName: string;
      /** @example 4466777000000 */
      budgetPaidDdiVnd: string;
      /** @example 15000000.50 */
      budgetPaidFdiUsd: string;
      /** @example 4466777000000 */
      capitalDdiVnd: string;
      /** @example 15000000.50 */
      capitalFdiUsd: string;
      /** Format: date-time */
      createdAt: string;
      newProjectsDdi: number;
      newProjectsFdi: number;
      note: string | null;
      period: string;
      /** @example 4466777000000 */
      revenueDdiVnd: string;
      /** @example 15000000.50 */
      revenueFdiUsd: string;
      /** @enum {string} */
      source: 'form' | 'import' | 'package';
      /** Format: date-time */
      updatedAt: string;
      version: number;
      /**
       * @description Hectares as a decimal string
       * @example 120.5
       */
      zonesInPlanAreaHa: string;
      zonesInPlanCount: number;
      /**
       * @description Hectares as a decimal string
       * @example 120.5
       */
      zonesOperatingAreaHa: string;
      zonesOperatingCount: number;
      /**
       * @description Hectares as a decimal string
       * @example 120.5
       */
      zonesUnderConstructionAreaHa: string;
      zonesUnderConstructionCount: number;
    };
    BlocReturnList: {
      bloc: string;
      deputy: string | null;
      items: components['schemas']['BlocReturn'][];
      leader: string | null;
      members: {
        code: string;
        name: string;
        return: {
          bloc: string;
          board: string;
          boardName: string;
          /** @example 4466777000000 */
          budgetPaidDdiVnd: string;
          /** @example 15000000.50 */
          budgetPaidFdiUsd: string;
          /** @example 4466777000000 */
          capitalDdiVnd: string;
          /** @example 15000000.50 */
          capitalFdiUsd: string;
          /** Format: date-time */
          createdAt: string;
          newProjectsDdi: number;
          newProjectsFdi: number;
          note: string | null;
          period: string;
          /** @example 4466777000000 */
          revenueDdiVnd: string;
          /** @example 15000000.50 */
          revenueFdiUsd: string;
          /** @enum {string} */
          source: 'form' | 'import' | 'package';
          /** Format: date-time */
          updatedAt: string;
          version: number;
          /**
           * @description Hectares as a decimal string
           * @example 120.5
           */
          zonesInPlanAreaHa: string;
          zonesInPlanCount: number;
          /**
           * @description Hectares as a decimal string
           * @example 120.5
           */
          zonesOperatingAreaHa: string;
          zonesOperatingCount: number;
          /**
           * @description Hectares as a decimal string
           * @example 120.5
           */
          zonesUnderConstructionAreaHa: string;
          zonesUnderConstructionCount: number;
        } | null;
      }[];
      period: string;
      year: number;
    };
    BlocReturnsImportResult: {
      bloc: string;
      created: number;
      items: components['schemas']['BlocReturn'][];
      period: string;
      skipped: string[];
      unchanged: number;
      updated: number;
    };
    BlocYear: {
      bloc: string;
      boards: {
        code: string;
        /** Format: date */
        dissolvedOn: string | null;
        name: string;
      }[];
      deputy: string | null;
      leader: string;
      members: string[];
      /** Format: date-time */
      updatedAt: string;
      version: number;
      year: number;
    };
    Board: {
      code: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date */
      dissolvedOn: string | null;
      /** Format: uuid */
      id: string;
      name: string;
      provinceCode: string | null;
      succeededBy: string | null;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    BoardLicensingEvent: {
      /** @description Signed whole đồng */
      capitalChangeVnd: string | null;
      capitalUsd: string | null;
      capitalUsdAfter: string | null;
      capitalUsdBefore: string | null;
      capitalVnd: string | null;
      capitalVndAfter: string | null;
      capitalVndBefore: string | null;
      /** Format: date-time */
      createdAt: string;
      date: string;
      documentNo: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'new' | 'adjustment' | 'termination';
      note: string | null;
      project: {
        code: string;
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        investmentType: 'FDI' | 'DDI';
        name: string;
        zoneCode: string;
      };
      /** Format: uuid */
      projectId: string;
      seq: number;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    BoardMerge: {
      board: string;
      changed: boolean;
      decision: string | null;
      into: string;
      moved: {
        enterprises: number;
        projects: number;
        zones: string[];
      };
      on: string;
    };
    CalendarDueDate: {
      /**
       * Format: date
       * @example 2019-11-30
       */
      dayZero: string;
      deadline: {
        /** @enum {string} */
        unit: 'working_days' | 'days';
        value: number;
      };
      /**
       * Format: date
       * @example 2019-11-30
       */
      dueDate: string;
      /** Format: date-time */
      receivedAt: string;
      years: {
        /** @enum {string} */
        source: 'default' | 'built-in' | 'set';
        year: number;
      }[];
    };
    CalendarYear: {
      daysOff: string[];
      holidays: {
        /**
         * Format: date
         * @example 2019-11-30
         */
        date: string;
        name: string | null;
      }[];
      note: string | null;
      /** @enum {string} */
      source: 'default' | 'built-in' | 'set';
      /** Format: date-time */
      updatedAt: string | null;
      version: number | null;
      workdays: string[];
      workingDayCount: number;
      year: number;
    };
    CapitalImplementation: {
      asOf: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      implementedVnd: string;
      /** Format: uuid */
      projectId: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    CommendationAward: {
      /** @enum {string} */
      award:
        | 'LDTT'
        | 'CSTDCS'
        | 'CSTD_TINH'
        | 'CSTD_TOAN_QUOC'
        | 'TTLDTT'
        | 'TTLDXS'
        | 'CO_THI_DUA_TINH'
        | 'CO_THI_DUA_CP'
        | 'GIAY_KHEN'
        | 'BANG_KHEN_TINH'
        | 'BANG_KHEN_BO'
        | 'BANG_KHEN_TTG'
        | 'HUAN_CHUONG_LD3'
        | 'HUAN_CHUONG_LD2'
        | 'HUAN_CHUONG_LD1';
      awardName: string;
      /** Format: uuid */
      boardId: string;
      decision: {
        /** Format: uuid */
        id: string;
        issuer: string;
        /** @enum {string} */
        level: 'unit' | 'province' | 'ministry' | 'government' | 'state';
        number: string;
        /**
         * Format: date
         * @example 2019-11-30
         */
        signedOn: string;
      } | null;
      decisionWords: string;
      /** Format: uuid */
      id: string;
      /**
       * Format: date
       * @example 2019-11-30
       */
      revokedOn: string | null;
      revokedReason: string | null;
      subject: components['schemas']['CommendationSubjectRef'];
      version: number;
      year: number;
    };
    CommendationAwardList: {
      items: components['schemas']['CommendationAward'][];
      page: number;
      pageSize: number;
      total: number;
    };
    CommendationBoardEligibility: {
      /** Format: uuid */
      boardId: string;
      cap: components['schemas']['CommendationCstdcsCap'];
      ruleSet: components['schemas']['EligibilityRuleSet'];
      subjects: {
        eligible: components['schemas']['EligibilityAnswer'][];
        outlook: components['schemas']['EligibilityOutlook'][];
        subject: components['schemas']['CommendationSubjectRef'];
      }[];
      year: number;
    };
    CommendationCstdcsCap: {
      cap: number;
      cstdcsCount: number;
      ldttCount: number;
      year: number;
    };
    CommendationDecision: {
      awards: {
        /** @enum {string} */
        award:
          | 'LDTT'
          | 'CSTDCS'
          | 'CSTD_TINH'
          | 'CSTD_TOAN_QUOC'
          | 'TTLDTT'
          | 'TTLDXS'
          | 'CO_THI_DUA_TINH'
          | 'CO_THI_DUA_CP'
          | 'GIAY_KHEN'
          | 'BANG_KHEN_TINH'
          | 'BANG_KHEN_BO'
          | 'BANG_KHEN_TTG'
          | 'HUAN_CHUONG_LD3'
          | 'HUAN_CHUONG_LD2'
          | 'HUAN_CHUONG_LD1';
        /** Format: uuid */
        id: string;
        /**
         * Format: date
         * @example 2019-11-30
         */
        revokedOn: string | null;
        subject: components['schemas']['CommendationSubjectRef'];
        year: number;
      }[];
      /** Format: uuid */
      boardId: string;
      /** Format: uuid */
      id: string;
      issuer: string;
      /** @enum {string} */
      level: 'unit' | 'province' | 'ministry' | 'government' | 'state';
      number: string;
      /** Format: uuid */
      proposalId: string | null;
      /**
       * Format: date
       * @example 2019-11-30
       */
      signedOn: string;
      summary: string;
      version: number;
      words: string;
    };
    CommendationDecisionList: {
      items: components['schemas']['CommendationDecisionSummary'][];
      page: number;
      pageSize: number;
      total: number;
    };
    CommendationDecisionSummary: {
      awardCount: number;
      /** Format: uuid */
      boardId: string;
      /** Format: uuid */
      id: string;
      issuer: string;
      /** @enum {string} */
      level: 'unit' | 'province' | 'ministry' | 'government' | 'state';
      number: string;
      /** Format: uuid */
      proposalId: string | null;
      /**
       * Format: date
       * @example 2019-11-30
       */
      signedOn: string;
      summary: string;
      version: number;
      words: string;
    };
    CommendationInitiative: {
      authors: components['schemas']['CommendationSubjectRef'][];
      /** Format: uuid */
      boardId: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      level: 'unit' | 'province' | 'national';
      recognisedBy: string;
      /**
       * Format: date
       * @example 2019-11-30
       */
      recognisedOn: string | null;
      title: string;
      version: number;
      year: number;
    };
    CommendationInitiativeList: {
      items: components['schemas']['CommendationInitiative'][];
      page: number;
      pageSize: number;
      total: number;
    };
    CommendationProposal: {
      agreedCount: number;
      /** Format: uuid */
      boardId: string;
      councilNote: string | null;
      decisions: {
        /** Format: uuid */
        id: string;
        number: string;
        /**
         * Format: date
         * @example 2019-11-30
         */
        signedOn: string;
      }[];
      /** Format: uuid */
      id: string;
      itemCount: number;
      items: components['schemas']['CommendationProposalItem'][];
      /** @enum {string} */
      kind: 'annual' | 'thematic' | 'sudden';
      /** Format: uuid */
      movementId: string | null;
      /**
       * Format: date
       * @example 2019-11-30
       */
      reviewedOn: string | null;
      /** @enum {string} */
      state: 'draft' | 'submitted' | 'reviewed' | 'decided' | 'returned';
      title: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      year: number;
    };
    CommendationProposalItem: {
      achievement: string;
      /** @enum {string} */
      award:
        | 'LDTT'
        | 'CSTDCS'
        | 'CSTD_TINH'
        | 'CSTD_TOAN_QUOC'
        | 'TTLDTT'
        | 'TTLDXS'
        | 'CO_THI_DUA_TINH'
        | 'CO_THI_DUA_CP'
        | 'GIAY_KHEN'
        | 'BANG_KHEN_TINH'
        | 'BANG_KHEN_BO'
        | 'BANG_KHEN_TTG'
        | 'HUAN_CHUONG_LD3'
        | 'HUAN_CHUONG_LD2'
        | 'HUAN_CHUONG_LD1';
      councilAgreed: boolean | null;
      /** Format: uuid */
      id: string;
      subject: components['schemas']['CommendationSubjectRef'];
      votesFor: number | null;
      votesTotal: number | null;
    };
    CommendationProposalList: {
      items: components['schemas']['CommendationProposalSummary'][];
      page: number;
      pageSize: number;
      total: number;
    };
    CommendationProposalSummary: {
      agreedCount: number;
      /** Format: uuid */
      boardId: string;
      councilNote: string | null;
      /** Format: uuid */
      id: string;
      itemCount: number;
      /** @enum {string} */
      kind: 'annual' | 'thematic' | 'sudden';
      /** Format: uuid */
      movementId: string | null;
      /**
       * Format: date
       * @example 2019-11-30
       */
      reviewedOn: string | null;
      /** @enum {string} */
      state: 'draft' | 'submitted' | 'reviewed' | 'decided' | 'returned';
      title: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      year: number;
    };
    CommendationRating: {
      collective: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      /** @enum {string|null} */
      discipline: 'reprimand' | 'warning' | 'demotion' | 'dismissal' | null;
      /** @enum {string} */
      rating: 'excellent' | 'good' | 'completed' | 'not_completed';
      /** Format: uuid */
      subjectId: string;
      year: number;
    };
    CommendationRatingList: {
      items: components['schemas']['CommendationRating'][];
    };
    CommendationRegistration: {
      /** @enum {string} */
      award:
        | 'LDTT'
        | 'CSTDCS'
        | 'CSTD_TINH'
        | 'CSTD_TOAN_QUOC'
        | 'TTLDTT'
        | 'TTLDXS'
        | 'CO_THI_DUA_TINH'
        | 'CO_THI_DUA_CP'
        | 'GIAY_KHEN'
        | 'BANG_KHEN_TINH'
        | 'BANG_KHEN_BO'
        | 'BANG_KHEN_TTG'
        | 'HUAN_CHUONG_LD3'
        | 'HUAN_CHUONG_LD2'
        | 'HUAN_CHUONG_LD1';
      /** Format: uuid */
      boardId: string;
      decided: boolean;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      movementId: string | null;
      /**
       * Format: date
       * @example 2019-11-30
       */
      registeredOn: string;
      subject: components['schemas']['CommendationSubjectRef'];
      version: number;
      year: number;
    };
    CommendationRegistrationList: {
      items: components['schemas']['CommendationRegistration'][];
      page: number;
      pageSize: number;
      total: number;
    };
    CommendationSubject: {
      birthYear: number | null;
      /** Format: uuid */
      boardId: string;
      collective: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'person' | 'collective';
      /**
       * Format: date
       * @example 2019-11-30
       */
      leftOn: string | null;
      name: string;
      position: string;
      version: number;
    };
    CommendationSubjectEligibility: {
      answers: components['schemas']['EligibilityAnswer'][];
      outlook: components['schemas']['EligibilityOutlook'][];
      ruleSet: components['schemas']['EligibilityRuleSet'];
      subject: components['schemas']['CommendationSubjectRef'];
      year: number;
    };
    CommendationSubjectHistory: {
      awards: {
        /** @enum {string} */
        award:
          | 'LDTT'
          | 'CSTDCS'
          | 'CSTD_TINH'
          | 'CSTD_TOAN_QUOC'
          | 'TTLDTT'
          | 'TTLDXS'
          | 'CO_THI_DUA_TINH'
          | 'CO_THI_DUA_CP'
          | 'GIAY_KHEN'
          | 'BANG_KHEN_TINH'
          | 'BANG_KHEN_BO'
          | 'BANG_KHEN_TTG'
          | 'HUAN_CHUONG_LD3'
          | 'HUAN_CHUONG_LD2'
          | 'HUAN_CHUONG_LD1';
        decision: {
          /** Format: uuid */
          id: string;
          issuer: string;
          /** @enum {string} */
          level: 'unit' | 'province' | 'ministry' | 'government' | 'state';
          number: string;
          /**
           * Format: date
           * @example 2019-11-30
           */
          signedOn: string;
        } | null;
        decisionWords: string;
        /** Format: uuid */
        id: string;
        /**
         * Format: date
         * @example 2019-11-30
         */
        revokedOn: string | null;
        revokedReason: string | null;
        year: number;
      }[];
      initiatives: {
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        level: 'unit' | 'province' | 'national';
        recognisedBy: string;
        title: string;
        year: number;
      }[];
      ratings: components['schemas']['CommendationRating'][];
      subject: components['schemas']['CommendationSubject'];
    };
    CommendationSubjectList: {
      items: components['schemas']['CommendationSubject'][];
      page: number;
      pageSize: number;
      total: number;
    };
    CommendationSubjectRef: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'person' | 'collective';
      name: string;
      position: string;
    };
    /**
     * @description ISO 3166-1 alpha-2, upper case
     * @example SG
     * @enum {string}
     */
    CountryCode:
      | 'AD'
      | 'AE'
      | 'AF'
      | 'AG'
      | 'AI'
      | 'AL'
      | 'AM'
      | 'AO'
      | 'AQ'
      | 'AR'
      | 'AS'
      | 'AT'
      | 'AU'
      | 'AW'
      | 'AX'
      | 'AZ'
      | 'BA'
      | 'BB'
      | 'BD'
      | 'BE'
      | 'BF'
      | 'BG'
      | 'BH'
      | 'BI'
      | 'BJ'
      | 'BL'
      | 'BM'
      | 'BN'
      | 'BO'
      | 'BQ'
      | 'BR'
      | 'BS'
      | 'BT'
      | 'BV'
      | 'BW'
      | 'BY'
      | 'BZ'
      | 'CA'
      | 'CC'
      | 'CD'
      | 'CF'
      | 'CG'
      | 'CH'
      | 'CI'
      | 'CK'
      | 'CL'
      | 'CM'
      | 'CN'
      | 'CO'
      | 'CR'
      | 'CU'
      | 'CV'
      | 'CW'
      | 'CX'
      | 'CY'
      | 'CZ'
      | 'DE'
      | 'DJ'
      | 'DK'
      | 'DM'
      | 'DO'
      | 'DZ'
      | 'EC'
      | 'EE'
      | 'EG'
      | 'EH'
      | 'ER'
      | 'ES'
      | 'ET'
      | 'FI'
      | 'FJ'
      | 'FK'
      | 'FM'
      | 'FO'
      | 'FR'
      | 'GA'
      | 'GB'
      | 'GD'
      | 'GE'
      | 'GF'
      | 'GG'
      | 'GH'
      | 'GI'
      | 'GL'
      | 'GM'
      | 'GN'
      | 'GP'
      | 'GQ'
      | 'GR'
      | 'GS'
      | 'GT'
      | 'GU'
      | 'GW'
      | 'GY'
      | 'HK'
      | 'HM'
      | 'HN'
      | 'HR'
      | 'HT'
      | 'HU'
      | 'ID'
      | 'IE'
      | 'IL'
      | 'IM'
      | 'IN'
      | 'IO'
      | 'IQ'
      | 'IR'
      | 'IS'
      | 'IT'
      | 'JE'
      | 'JM'
      | 'JO'
      | 'JP'
      | 'KE'
      | 'KG'
      | 'KH'
      | 'KI'
      | 'KM'
      | 'KN'
      | 'KP'
      | 'KR'
      | 'KW'
      | 'KY'
      | 'KZ'
      | 'LA'
      | 'LB'
      | 'LC'
      | 'LI'
      | 'LK'
      | 'LR'
      | 'LS'
      | 'LT'
      | 'LU'
      | 'LV'
      | 'LY'
      | 'MA'
      | 'MC'
      | 'MD'
      | 'ME'
      | 'MF'
      | 'MG'
      | 'MH'
      | 'MK'
      | 'ML'
      | 'MM'
      | 'MN'
      | 'MO'
      | 'MP'
      | 'MQ'
      | 'MR'
      | 'MS'
      | 'MT'
      | 'MU'
      | 'MV'
      | 'MW'
      | 'MX'
      | 'MY'
      | 'MZ'
      | 'NA'
      | 'NC'
      | 'NE'
      | 'NF'
      | 'NG'
      | 'NI'
      | 'NL'
      | 'NO'
      | 'NP'
      | 'NR'
      | 'NU'
      | 'NZ'
      | 'OM'
      | 'PA'
      | 'PE'
      | 'PF'
      | 'PG'
      | 'PH'
      | 'PK'
      | 'PL'
      | 'PM'
      | 'PN'
      | 'PR'
      | 'PS'
      | 'PT'
      | 'PW'
      | 'PY'
      | 'QA'
      | 'RE'
      | 'RO'
      | 'RS'
      | 'RU'
      | 'RW'
      | 'SA'
      | 'SB'
      | 'SC'
      | 'SD'
      | 'SE'
      | 'SG'
      | 'SH'
      | 'SI'
      | 'SJ'
      | 'SK'
      | 'SL'
      | 'SM'
      | 'SN'
      | 'SO'
      | 'SR'
      | 'SS'
      | 'ST'
      | 'SV'
      | 'SX'
      | 'SY'
      | 'SZ'
      | 'TC'
      | 'TD'
      | 'TF'
      | 'TG'
      | 'TH'
      | 'TJ'
      | 'TK'
      | 'TL'
      | 'TM'
      | 'TN'
      | 'TO'
      | 'TR'
      | 'TT'
      | 'TV'
      | 'TW'
      | 'TZ'
      | 'UA'
      | 'UG'
      | 'UM'
      | 'US'
      | 'UY'
      | 'UZ'
      | 'VA'
      | 'VC'
      | 'VE'
      | 'VG'
      | 'VI'
      | 'VN'
      | 'VU'
      | 'WF'
      | 'WS'
      | 'XK'
      | 'YE'
      | 'YT'
      | 'ZA'
      | 'ZM'
      | 'ZW';
    /** @description KCN data package v1 (shared/contracts/data-package-v1.md) */
    DataPackage: {
      blocReturns?: {
        bloc: string;
        board: string;
        /** @example 4466777000000 */
        budgetPaidDdiVnd: string;
        /** @example 15000000.50 */
        budgetPaidFdiUsd: string;
        /** @example 4466777000000 */
        capitalDdiVnd: string;
        /** @example 15000000.50 */
        capitalFdiUsd: string;
        newProjectsDdi: number;
        newProjectsFdi: number;
        note?: string | null;
        /** @example 2019 */
        period: string;
        /** @example 4466777000000 */
        revenueDdiVnd: string;
        /** @example 15000000.50 */
        revenueFdiUsd: string;
        /**
         * @description Hectares as a decimal string
         * @example 120.5
         */
        zonesInPlanAreaHa: string;
        zonesInPlanCount: number;
        /**
         * @description Hectares as a decimal string
         * @example 120.5
         */
        zonesOperatingAreaHa: string;
        zonesOperatingCount: number;
        /**
         * @description Hectares as a decimal string
         * @example 120.5
         */
        zonesUnderConstructionAreaHa: string;
        zonesUnderConstructionCount: number;
      }[];
      blocs?: {
        code: string;
        name: string;
        /** @default [] */
        years: {
          deputy?: string | null;
          leader: string;
          members: string[];
          year: number;
        }[];
      }[];
      boards?: {
        code: string;
        /**
         * Format: date
         * @example 2019-11-30
         */
        dissolvedOn?: string | null;
        name: string;
        provinceCode?: string | null;
        succeededBy?: string | null;
      }[];
      calendarYears?: {
        daysOff: string[];
        note?: string | null;
        workdays: string[];
        year: number;
      }[];
      capitalImplementations?: {
        /**
         * Format: date
         * @example 2019-11-30
         */
        asOf: string;
        /**
         * @description Whole đồng as a string of digits
         * @example 4466777000000
         */
        implementedVnd: string;
        /** @example 2121000123 */
        projectCode: string;
      }[];
      dossiers?: {
        applicant: string;
        applicantAddress?: string | null;
        /** Format: email */
        applicantEmail?: string | null;
        applicantPhone?: string | null;
        applicantTaxCode?: string | null;
        boardCode: string;
        /** @enum {string} */
        channel: 'online' | 'counter' | 'post';
        code: string;
        enterpriseBoardCode?: string | null;
        enterpriseTaxCode?: string | null;
        procedureCode: string;
        /**
         * Format: date-time
         * @example 2026-02-13T09:30:00+07:00
         */
        receivedAt: string;
        result?: {
          /**
           * Format: date-time
           * @example 2026-02-13T09:30:00+07:00
           */
          at: string;
          /** @enum {string} */
          kind: 'approved' | 'refused' | 'withdrawn' | 'stopped';
          note?: string | null;
          number?: string | null;
        } | null;
        summary?: string | null;
        supplements?:
          | {
              reason?: string | null;
              /**
               * Format: date-time
               * @example 2026-02-13T09:30:00+07:00
               */
              requestedAt: string;
              /**
               * Format: date-time
               * @example 2026-02-13T09:30:00+07:00
               */
              suppliedAt?: string | null;
            }[]
          | null;
      }[];
      enterpriseReports?: {
        /**
         * @description Whole đồng as a string of digits
         * @example 4466777000000
         */
        averageIncomeVnd?: string | null;
        /** @example 15000000.00 */
        budgetPaidUsd?: string | null;
        /**
         * @description Whole đồng as a string of digits
         * @example 4466777000000
         */
        budgetPaidVnd?: string | null;
        /** @example 15000000.00 */
        exportUsd?: string | null;
        /** @example 15000000.00 */
        importUsd?: string | null;
        insuredWorkers?: number | null;
        period: string;
        /**
         * @description Whole đồng as a string of digits
         * @example 4466777000000
         */
        productionValueVnd?: string | null;
        /** @example 15000000.00 */
        revenueUsd?: string | null;
        /**
         * @description Whole đồng as a string of digits
         * @example 4466777000000
         */
        revenueVnd?: string | null;
        taxCode: string;
        workers?: number | null;
      }[];
      enterprises?: {
        boardCode: string;
        /** @enum {string} */
        investmentType: 'FDI' | 'DDI';
        name: string;
        projectCodes?: string[] | null;
        taxCode: string;
        zoneCode: string;
      }[];
      /** Format: date-time */
      exportedAt?: string;
      /** @enum {string} */
      format: 'kcn-data-package';
      licensingEvents?: {
        /** @example 15000000.00 */
        capitalUsd?: string | null;
        /**
         * @description Whole đồng as a string of digits
         * @example 4466777000000
         */
        capitalVnd?: string | null;
        /**
         * Format: date
         * @example 2019-11-30
         */
        date: string;
        documentNo: string;
        /** @enum {string} */
        kind: 'new' | 'adjustment' | 'termination';
        /** @example 2121000123 */
        projectCode: string;
      }[];
      procedures?: {
        boardCode: string;
        code: string;
        deadline: {
          /** @enum {string} */
          unit: 'working_days' | 'days';
          value: number;
        };
        documents?:
          | {
              copies: number;
              name: string;
              note?: string | null;
              originals: number;
            }[]
          | null;
        /**
         * Format: date
         * @example 2019-11-30
         */
        effectiveFrom?: string | null;
        fee?: string | null;
        field?: string | null;
        legalBasis?: string | null;
        name: string;
        /** @enum {string} */
        onlineLevel: 'full' | 'partial' | 'none';
        resultName?: string | null;
        /**
         * Format: date
         * @example 2019-11-30
         */
        retiredOn?: string | null;
        steps?:
          | {
              department: string;
              name: string;
              workingDays: number;
            }[]
          | null;
        versions?:
          | {
              deadline: {
                /** @enum {string} */
                unit: 'working_days' | 'days';
                value: number;
              };
              documents?:
                | {
                    copies: number;
                    name: string;
                    note?: string | null;
                    originals: number;
                  }[]
                | null;
              /**
               * Format: date
               * @example 2019-11-30
               */
              effectiveFrom: string;
              fee?: string | null;
              field?: string | null;
              legalBasis?: string | null;
              name: string;
              /** @enum {string} */
              onlineLevel: 'full' | 'partial' | 'none';
              resultName?: string | null;
              steps?:
                | {
                    department: string;
                    name: string;
                    workingDays: number;
                  }[]
                | null;
            }[]
          | null;
      }[];
      projects?: {
        boardCode: string;
        /** @example 2121000123 */
        code: string;
        /** @enum {string} */
        investmentType: 'FDI' | 'DDI';
        investors: {
          country: components['schemas']['CountryCode'];
          name: string;
        }[];
        /**
         * @description Hectares as a decimal string
         * @example 120.5
         */
        landHa?: string | null;
        name: string;
        /** @example C2610 */
        sector?: string | null;
        zoneCode: string;
      }[];
      /** @enum {number} */
      version: 1;
      zones?: {
        /**
         * @description Hectares as a decimal string
         * @example 120.5
         */
        areaHa: string;
        boardCode: string;
        boardHistory?:
          | {
              boardCode: string;
              /**
               * Format: date
               * @example 2019-11-30
               */
              since?: string | null;
            }[]
          | null;
        code: string;
        developer?: string | null;
        /**
         * @description Hectares as a decimal string
         * @example 120.5
         */
        industrialLandHa?: string | null;
        /** @enum {string} */
        kind: 'KCN' | 'KKT' | 'KCX';
        /**
         * @description Hectares as a decimal string
         * @example 120.5
         */
        leasedLandHa?: string | null;
        name: string;
        /** @enum {string} */
        status: 'planned' | 'established' | 'under_construction' | 'operating';
        statusHistory?:
          | {
              /**
               * Format: date
               * @example 2019-11-30
               */
              since: string;
              /** @enum {string} */
              status: 'planned' | 'established' | 'under_construction' | 'operating';
            }[]
          | null;
      }[];
    };
    /** @description KCN data package v1 (shared/contracts/data-package-v1.md) */
    DataPackageInput: {
      blocReturns?: {
        bloc: string;
        board: string;
        /** @example 4466777000000 */
        budgetPaidDdiVnd: string;
        /** @example 15000000.50 */
        budgetPaidFdiUsd: string;
        /** @example 4466777000000 */
        capitalDdiVnd: string;
        /** @example 15000000.50 */
        capitalFdiUsd: string;
        newProjectsDdi: number;
        newProjectsFdi: number;
        note?: string | null;
        /** @example 2019 */
        period: string;
        /** @example 4466777000000 */
        revenueDdiVnd: string;
        /** @example 15000000.50 */
        revenueFdiUsd: string;
        /**
         * @description Hectares as a decimal string
         * @example 120.5
         */
        zonesInPlanAreaHa: string;
        zonesInPlanCount: number;
        /**
         * @description Hectares as a decimal string
         * @example 120.5
         */
        zonesOperatingAreaHa: string;
        zonesOperatingCount: number;
        /**
         * @description Hectares as a decimal string
         * @example 120.5
         */
        zonesUnderConstructionAreaHa: string;
        zonesUnderConstructionCount: number;
      }[];
      blocs?: {
        code: string;
        name: string;
        /** @default [] */
        years: {
          deputy?: string | null;
          leader: string;
          members: string[];
          year: number;
        }[];
      }[];
      boards?: {
        code: string;
        /**
         * Format: date
         * @example 2019-11-30
         */
        dissolvedOn?: string | null;
        name: string;
        provinceCode?: string | null;
        succeededBy?: string | null;
      }[];
      calendarYears?: {
        daysOff: string[];
        note?: string | null;
        workdays: string[];
        year: number;
      }[];
      capitalImplementations?: {
        /**
         * Format: date
         * @example 2019-11-30
         */
        asOf: string;
        /**
         * @description Whole đồng as a string of digits
         * @example 4466777000000
         */
        implementedVnd: string;
        /** @example 2121000123 */
        projectCode: string;
      }[];
      dossiers?: {
        applicant: string;
        applicantAddress?: string | null;
        /** Format: email */
        applicantEmail?: string | null;
        applicantPhone?: string | null;
        applicantTaxCode?: string | null;
        boardCode: string;
        /** @enum {string} */
        channel: 'online' | 'counter' | 'post';
        code: string;
        enterpriseBoardCode?: string | null;
        enterpriseTaxCode?: string | null;
        procedureCode: string;
        /**
         * Format: date-time
         * @example 2026-02-13T09:30:00+07:00
         */
        receivedAt: string;
        result?: {
          /**
           * Format: date-time
           * @example 2026-02-13T09:30:00+07:00
           */
          at: string;
          /** @enum {string} */
          kind: 'approved' | 'refused' | 'withdrawn' | 'stopped';
          note?: string | null;
          number?: string | null;
        } | null;
        summary?: string | null;
        supplements?:
          | {
              reason?: string | null;
              /**
               * Format: date-time
               * @example 2026-02-13T09:30:00+07:00
               */
              requestedAt: string;
              /**
               * Format: date-time
               * @example 2026-02-13T09:30:00+07:00
               */
              suppliedAt?: string | null;
            }[]
          | null;
      }[];
      enterpriseReports?: {
        /**
         * @description Whole đồng as a string of digits
         * @example 4466777000000
         */
        averageIncomeVnd?: string | null;
        /** @example 15000000.00 */
        budgetPaidUsd?: string | null;
        /**
         * @description Whole đồng as a string of digits
         * @example 4466777000000
         */
        budgetPaidVnd?: string | null;
        /** @example 15000000.00 */
        exportUsd?: string | null;
        /** @example 15000000.00 */
        importUsd?: string | null;
        insuredWorkers?: number | null;
        period: string;
        /**
         * @description Whole đồng as a string of digits
         * @example 4466777000000
         */
        productionValueVnd?: string | null;
        /** @example 15000000.00 */
        revenueUsd?: string | null;
        /**
         * @description Whole đồng as a string of digits
         * @example 4466777000000
         */
        revenueVnd?: string | null;
        taxCode: string;
        workers?: number | null;
      }[];
      enterprises?: {
        boardCode: string;
        /** @enum {string} */
        investmentType: 'FDI' | 'DDI';
        name: string;
        projectCodes?: string[] | null;
        taxCode: string;
        zoneCode: string;
      }[];
      /** Format: date-time */
      exportedAt?: string;
      /** @enum {string} */
      format: 'kcn-data-package';
      licensingEvents?: {
        /** @example 15000000.00 */
        capitalUsd?: string | null;
        /**
         * @description Whole đồng as a string of digits
         * @example 4466777000000
         */
        capitalVnd?: string | null;
        /**
         * Format: date
         * @example 2019-11-30
         */
        date: string;
        documentNo: string;
        /** @enum {string} */
        kind: 'new' | 'adjustment' | 'termination';
        /** @example 2121000123 */
        projectCode: string;
      }[];
      procedures?: {
        boardCode: string;
        code: string;
        deadline: {
          /** @enum {string} */
          unit: 'working_days' | 'days';
          value: number;
        };
        documents?:
          | {
              copies: number;
              name: string;
              note?: string | null;
              originals: number;
            }[]
          | null;
        /**
         * Format: date
         * @example 2019-11-30
         */
        effectiveFrom?: string | null;
        fee?: string | null;
        field?: string | null;
        legalBasis?: string | null;
        name: string;
        /** @enum {string} */
        onlineLevel: 'full' | 'partial' | 'none';
        resultName?: string | null;
        /**
         * Format: date
         * @example 2019-11-30
         */
        retiredOn?: string | null;
        steps?:
          | {
              department: string;
              name: string;
              workingDays: number;
            }[]
          | null;
        versions?:
          | {
              deadline: {
                /** @enum {string} */
                unit: 'working_days' | 'days';
                value: number;
              };
              documents?:
                | {
                    copies: number;
                    name: string;
                    note?: string | null;
                    originals: number;
                  }[]
                | null;
              /**
               * Format: date
               * @example 2019-11-30
               */
              effectiveFrom: string;
              fee?: string | null;
              field?: string | null;
              legalBasis?: string | null;
              name: string;
              /** @enum {string} */
              onlineLevel: 'full' | 'partial' | 'none';
              resultName?: string | null;
              steps?:
                | {
                    department: string;
                    name: string;
                    workingDays: number;
                  }[]
                | null;
            }[]
          | null;
      }[];
      projects?: {
        boardCode: string;
        /** @example 2121000123 */
        code: string;
        /** @enum {string} */
        investmentType: 'FDI' | 'DDI';
        investors: {
          country: components['schemas']['CountryCode'];
          name: string;
        }[];
        /**
         * @description Hectares as a decimal string
         * @example 120.5
         */
        landHa?: string | null;
        name: string;
        /** @example C2610 */
        sector?: string | null;
        zoneCode: string;
      }[];
      /** @enum {number} */
      version: 1;
      zones?: {
        /**
         * @description Hectares as a decimal string
         * @example 120.5
         */
        areaHa: string;
        boardCode: string;
        boardHistory?:
          | {
              boardCode: string;
              /**
               * Format: date
               * @example 2019-11-30
               */
              since?: string | null;
            }[]
          | null;
        code: string;
        developer?: string | null;
        /**
         * @description Hectares as a decimal string
         * @example 120.5
         */
        industrialLandHa?: string | null;
        /** @enum {string} */
        kind: 'KCN' | 'KKT' | 'KCX';
        /**
         * @description Hectares as a decimal string
         * @example 120.5
         */
        leasedLandHa?: string | null;
        name: string;
        /** @enum {string} */
        status: 'planned' | 'established' | 'under_construction' | 'operating';
        statusHistory?:
          | {
              /**
               * Format: date
               * @example 2019-11-30
               */
              since: string;
              /** @enum {string} */
              status: 'planned' | 'established' | 'under_construction' | 'operating';
            }[]
          | null;
      }[];
    };
    DossierApplicant: {
      address: string | null;
      email: string | null;
      name: string;
      phone: string | null;
      taxCode: string | null;
    };
    DossierAttachment: {
      /** Format: date-time */
      createdAt: string;
      fileName: string;
      /** Format: uuid */
      id: string;
      mediaType: string;
      /** @enum {string} */
      purpose: 'application' | 'supplement' | 'result' | 'apology' | 'other';
      sha256: string;
      sizeBytes: number;
      uploadedBy: string;
    };
    DossierAttention: {
      awaitingAcceptance: components['schemas']['DossierSummary'][];
      /** Format: uuid */
      boardId: string;
      departments: {
        department: string;
        dueSoon: number;
        openSteps: number;
        overdue: number;
      }[];
      dueSoon: components['schemas']['DossierSummary'][];
      overdue: components['schemas']['DossierSummary'][];
      /**
       * Format: date
       * @example 2019-11-30
       */
      today: string;
    };
    DossierDetail: {
      apology: {
        /** Format: date-time */
        at: string;
        /**
         * Format: date
         * @example 2019-11-30
         */
        newDate: string;
        reason: string;
      } | null;
      applicant: components['schemas']['DossierApplicant'];
      applicantName: string;
      attachments: components['schemas']['DossierAttachment'][];
      /**
       * Format: date
       * @example 2019-11-30
       */
      baseDueDate: string | null;
      /** Format: uuid */
      boardId: string;
      calendarYears: {
        note: string | null;
        /** @enum {string} */
        source: 'default' | 'built-in' | 'set';
        year: number;
      }[];
      /** @enum {string} */
      channel: 'online' | 'counter' | 'post';
      code: string;
      /**
       * Format: date
       * @example 2019-11-30
       */
      dayZero: string | null;
      deadline: {
        /** @enum {string} */
        unit: 'working_days' | 'days';
        value: number;
      };
      /**
       * Format: date
       * @example 2019-11-30
       */
      dueDate: string | null;
      /** Format: uuid */
      enterpriseId: string | null;
      events: {
        action: string;
        actor: string;
        /** Format: date-time */
        at: string;
        note: string | null;
        /** @enum {string} */
        status:
          | 'unconfirmed'
          | 'submitted'
          | 'not_accepted'
          | 'processing'
          | 'awaiting_supplement'
          | 'resolved'
          | 'returned';
      }[];
      flags: {
        late: boolean;
        lateBy766: boolean;
        supplementRequests: number;
      };
      /** Format: uuid */
      id: string;
      late: boolean;
      lateBy766: boolean;
      notAcceptedReason: string | null;
      pausedWorkingDays: number;
      procedure: {
        code: string;
        /** Format: uuid */
        id: string;
        name: string;
      };
      procedureVersion: {
        /**
         * Format: date
         * @example 2019-11-30
         */
        effectiveFrom: string;
        fee: string | null;
        /** Format: uuid */
        id: string;
        legalBasis: string | null;
        name: string;
        resultName: string | null;
      };
      /** Format: date-time */
      receivedAt: string | null;
      receivedBy: string | null;
      remainingWorkingDays: number | null;
      result: {
        /** Format: date-time */
        at: string;
        /** @enum {string} */
        kind: 'approved' | 'refused' | 'withdrawn' | 'stopped';
        note: string | null;
        number: string | null;
      } | null;
      /** Format: date-time */
      resultAt: string | null;
      /** @enum {string|null} */
      resultKind: 'approved' | 'refused' | 'withdrawn' | 'stopped' | null;
      /** Format: date-time */
      returnedAt: string | null;
      /** @enum {string|null} */
      risk: 'overdue' | 'due_soon' | 'ok' | 'paused' | null;
      /** @enum {string} */
      status:
        | 'unconfirmed'
        | 'submitted'
        | 'not_accepted'
        | 'processing'
        | 'awaiting_supplement'
        | 'resolved'
        | 'returned';
      steps: {
        /** Format: uuid */
        assigneeUserId: string | null;
        /** Format: date-time */
        completedAt: string | null;
        completedBy: string | null;
        department: string;
        /**
         * Format: date
         * @example 2019-11-30
         */
        dueDate: string | null;
        /** Format: uuid */
        id: string;
        name: string;
        note: string | null;
        position: number;
        remainingWorkingDays: number | null;
        workingDays: number;
      }[];
      /** Format: date-time */
      submittedAt: string | null;
      summary: string | null;
      supplementRequests: number;
      supplements: {
        /** Format: uuid */
        id: string;
        reason: string;
        /** Format: date-time */
        requestedAt: string;
        requestedBy: string;
        /** Format: date-time */
        suppliedAt: string | null;
        suppliedNote: string | null;
      }[];
      version: number;
    };
    DossiersReport: {
      boards: string[];
      byProcedure: {
        board: string;
        /** @description Decision 766/QĐ-TTg indicators computed from the dossiers (additive to one-stop-v1) */
        indicators766: {
          /** @description 3.3: dossiers received online ÷ dossiers received in the period; 12 points from 50 %, else rate × 12 ÷ 50 % */
          onlineShare: components['schemas']['Indicator766'];
          /** @description 2.1: dossiers finished, or in progress at the end of the period, on or before their due date ÷ dossiers received or processed in the period; 20 × rate */
          onTime: components['schemas']['Indicator766'];
        };
        /** @description the procedure's name as in force at the end of the period */
        name: string;
        pending: {
          notDue: number;
          overdue: number;
          total: number;
        };
        procedure: string;
        received: {
          carriedOver: number;
          new: number;
          online: number;
          onlinePct: number | null;
          total: number;
        };
        resolved: {
          early: number;
          late: number;
          onTime: number;
          onTimePct: number | null;
          total: number;
        };
      }[];
      from: string;
      /** @description Decision 766/QĐ-TTg indicators computed from the dossiers (additive to one-stop-v1) */
      indicators766: {
        /** @description 3.3: dossiers received online ÷ dossiers received in the period; 12 points from 50 %, else rate × 12 ÷ 50 % */
        onlineShare: components['schemas']['Indicator766'];
        /** @description 2.1: dossiers finished, or in progress at the end of the period, on or before their due date ÷ dossiers received or processed in the period; 20 × rate */
        onTime: components['schemas']['Indicator766'];
      };
      pending: {
        notDue: number;
        overdue: number;
        total: number;
      };
      received: {
        carriedOver: number;
        new: number;
        online: number;
        onlinePct: number | null;
        total: number;
      };
      /** @enum {string} */
      report: 'dossiers';
      resolved: {
        early: number;
        late: number;
        onTime: number;
        onTimePct: number | null;
        total: number;
      };
      to: string;
    };
    DossierSummary: {
      applicantName: string;
      /** Format: uuid */
      boardId: string;
      /** @enum {string} */
      channel: 'online' | 'counter' | 'post';
      code: string;
      /**
       * Format: date
       * @example 2019-11-30
       */
      dueDate: string | null;
      /** Format: uuid */
      enterpriseId: string | null;
      /** Format: uuid */
      id: string;
      late: boolean;
      lateBy766: boolean;
      procedure: {
        code: string;
        /** Format: uuid */
        id: string;
        name: string;
      };
      /** Format: date-time */
      receivedAt: string | null;
      remainingWorkingDays: number | null;
      /** Format: date-time */
      resultAt: string | null;
      /** @enum {string|null} */
      resultKind: 'approved' | 'refused' | 'withdrawn' | 'stopped' | null;
      /** Format: date-time */
      returnedAt: string | null;
      /** @enum {string|null} */
      risk: 'overdue' | 'due_soon' | 'ok' | 'paused' | null;
      /** @enum {string} */
      status:
        | 'unconfirmed'
        | 'submitted'
        | 'not_accepted'
        | 'processing'
        | 'awaiting_supplement'
        | 'resolved'
        | 'returned';
      /** Format: date-time */
      submittedAt: string | null;
      summary: string | null;
      supplementRequests: number;
      version: number;
    };
    EligibilityAnswer: {
      /** @enum {string} */
      award:
        | 'LDTT'
        | 'CSTDCS'
        | 'CSTD_TINH'
        | 'CSTD_TOAN_QUOC'
        | 'TTLDTT'
        | 'TTLDXS'
        | 'CO_THI_DUA_TINH'
        | 'CO_THI_DUA_CP'
        | 'GIAY_KHEN'
        | 'BANG_KHEN_TINH'
        | 'BANG_KHEN_BO'
        | 'BANG_KHEN_TTG'
        | 'HUAN_CHUONG_LD3'
        | 'HUAN_CHUONG_LD2'
        | 'HUAN_CHUONG_LD1';
      basis?: string;
      conditions: {
        met: boolean;
        text: string;
      }[];
      eligible: boolean;
      evidence: components['schemas']['EligibilityEvidence'][];
      ruleSet: string;
      ruleSetId?: string;
      unverified?: string;
      year: number;
    };
    EligibilityEvidence: {
      id: string;
      /** @enum {string} */
      kind: 'rating' | 'award' | 'initiative' | 'member';
      text: string;
      year: number;
    };
    EligibilityOutlook: {
      achievementYear?: number;
      /** @enum {string} */
      award:
        | 'LDTT'
        | 'CSTDCS'
        | 'CSTD_TINH'
        | 'CSTD_TOAN_QUOC'
        | 'TTLDTT'
        | 'TTLDXS'
        | 'CO_THI_DUA_TINH'
        | 'CO_THI_DUA_CP'
        | 'GIAY_KHEN'
        | 'BANG_KHEN_TINH'
        | 'BANG_KHEN_BO'
        | 'BANG_KHEN_TTG'
        | 'HUAN_CHUONG_LD3'
        | 'HUAN_CHUONG_LD2'
        | 'HUAN_CHUONG_LD1';
      evidence: components['schemas']['EligibilityEvidence'][];
      needs: string[];
      ruleSet: string;
      ruleSetId?: string;
      unverified?: string;
      year: number;
    };
    EligibilityRuleSet: {
      effectiveFrom: string;
      effectiveTo: string | null;
      id: string;
      title: string;
    };
    EmulationCovenant: {
      bloc: string;
      blocName: string;
      content: string;
      /** Format: date-time */
      createdAt: string;
      file: {
        fileName: string;
        mediaType: string;
        sha256: string;
        sizeBytes: number;
      } | null;
      /** Format: uuid */
      id: string;
      place: string;
      signatories: {
        code: string;
        name: string;
      }[];
      /**
       * Format: date
       * @example 2019-11-30
       */
      signedOn: string;
      title: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      year: number;
    };
    EmulationMovement: {
      bloc: string | null;
      board: string | null;
      content: string;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date
       * @example 2019-11-30
       */
      endsOn: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'regular' | 'thematic';
      name: string;
      organiser: string;
      /**
       * Format: date
       * @example 2019-11-30
       */
      startsOn: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    EmulationMovementList: {
      items: components['schemas']['EmulationMovement'][];
      page: number;
      pageSize: number;
      total: number;
    };
    Enterprise: {
      /** Format: uuid */
      boardId: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      investmentType: 'FDI' | 'DDI';
      name: string;
      operatingSince: string | null;
      operatingUntil: string | null;
      projectIds: string[];
      taxCode: string;
      version: number;
      /** Format: uuid */
      zoneId: string;
    };
    EnterpriseAccountUser: {
      /** Format: date-time */
      createdAt: string;
      disabled: boolean;
      fullName: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      lastLoginAt: string | null;
      username: string;
      version: number;
    };
    EnterpriseDetail: {
      /** Format: uuid */
      boardId: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      investmentType: 'FDI' | 'DDI';
      name: string;
      operatingSince: string | null;
      operatingUntil: string | null;
      projectIds: string[];
      projects: {
        code: string;
        /** Format: uuid */
        id: string;
        name: string;
      }[];
      taxCode: string;
      version: number;
      zone: {
        code: string;
        /** Format: uuid */
        id: string;
        name: string;
      };
      /** Format: uuid */
      zoneId: string;
    };
    EnterpriseReport: {
      averageIncomeVnd: string | null;
      /** Format: uuid */
      boardId: string;
      budgetPaidUsd: string | null;
      budgetPaidVnd: string | null;
      comments: {
        [key: string]: string;
      };
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      enterpriseId: string;
      enterpriseName: string;
      exportUsd: string | null;
      /** Format: uuid */
      id: string;
      importUsd: string | null;
      insuredWorkers: number | null;
      /** @enum {string} */
      investmentType: 'FDI' | 'DDI';
      period: string;
      productionValueVnd: string | null;
      returnReason: string | null;
      revenueUsd: string | null;
      revenueVnd: string | null;
      /** Format: date-time */
      reviewedAt: string | null;
      /** Format: uuid */
      reviewedBy: string | null;
      /** @enum {string} */
      status: 'draft' | 'submitted' | 'returned' | 'accepted';
      /** Format: date-time */
      submittedAt: string | null;
      taxCode: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      workers: number | null;
      /** Format: uuid */
      zoneId: string;
    };
    ErrorEnvelope: {
      error: {
        code: string;
        details: ({
          message: string;
          path: string;
          reason?: string;
        } & {
          [key: string]: unknown;
        })[];
        message: string;
        omittedDetails?: number;
      } & {
        [key: string]: unknown;
      };
    };
    ExchangeRate: {
      /** Format: uuid */
      boardId: string;
      /** Format: uuid */
      id: string;
      period: string;
      version: number;
      vndPerUsd: string;
    };
    Health: {
      /** @enum {string} */
      database: 'pglite' | 'postgres';
      /** @enum {string} */
      status: 'ok';
      version: string;
    };
    ImportSummary: {
      blocReturns: {
        created: number;
        unchanged: number;
        updated: number;
      };
      blocs: {
        created: number;
        unchanged: number;
        updated: number;
      };
      boards: {
        created: number;
        unchanged: number;
        updated: number;
      };
      calendarYears: {
        created: number;
        unchanged: number;
        updated: number;
      };
      capitalImplementations: {
        created: number;
        unchanged: number;
        updated: number;
      };
      dossiers: {
        created: number;
        unchanged: number;
        updated: number;
      };
      dryRun: boolean;
      enterpriseReports: {
        created: number;
        unchanged: number;
        updated: number;
      };
      enterprises: {
        created: number;
        unchanged: number;
        updated: number;
      };
      licensingEvents: {
        created: number;
        unchanged: number;
        updated: number;
      };
      procedures: {
        created: number;
        unchanged: number;
        updated: number;
      };
      projects: {
        created: number;
        unchanged: number;
        updated: number;
      };
      zones: {
        created: number;
        unchanged: number;
        updated: number;
      };
    };
    Indicator766: {
      /** @description the numerator */
      count: number;
      /** @description the denominator */
      dossiers: number;
      indicator: string;
      maxPoints: number;
      pct: number | null;
      /** @description two decimals, exact; null without dossiers */
      points: string | null;
    };
    InvestmentByMonth: {
      boards: string[];
      from: string;
      months: {
        /** @description Signed whole đồng */
        adjustmentChangeVnd: string;
        adjustmentCount: number;
        /** @example 2019-03 */
        month: string;
        newCapitalVnd: string;
        newCount: number;
      }[];
      to: string;
    };
    InvestmentReport: {
      boards: string[];
      boundariesAsOf: string;
      cumulative: {
        asOf: string;
        ddi: {
          implementedPct: number | null;
          implementedVnd: string;
          projects: number;
          projectsSharePct: number | null;
          registeredSharePct: number | null;
          registeredVnd: string;
        };
        fdi: {
          implementedPct: number | null;
          implementedVnd: string;
          projects: number;
          projectsSharePct: number | null;
          registeredSharePct: number | null;
          registeredUsd: string;
          registeredVnd: string;
        };
        total: {
          implementedPct: number | null;
          implementedVnd: string;
          projects: number;
          registeredVnd: string;
        };
      };
      from: string;
      licensing: {
        adjustments: {
          /** @description Signed whole đồng */
          capitalChangeVnd: string;
          count: number;
          ddi: {
            /** @description Signed whole đồng */
            capitalChangeVnd: string;
            count: number;
          };
          decreases: {
            capitalVnd: string;
            count: number;
          };
          fdi: {
            capitalChangeUsd: string;
            /** @description Signed whole đồng */
            capitalChangeVnd: string;
            count: number;
          };
          increases: {
            capitalVnd: string;
            count: number;
          };
        };
        new: {
          capitalUsd: string;
          capitalVnd: string;
          count: number;
          ddi: {
            capitalVnd: string;
            count: number;
          };
          fdi: {
            capitalUsd: string;
            capitalVnd: string;
            count: number;
          };
        };
        terminations: {
          capitalVnd: string;
          count: number;
          ddi: {
            count: number;
          };
          fdi: {
            count: number;
          };
        };
        turns: number;
      };
      /** @enum {string} */
      report: 'investment';
      to: string;
      zones?: string[];
    };
    Investor: {
      /** Format: uuid */
      boardId: string;
      country: string;
      countryName: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    LicensingEvent: {
      /** @description Signed whole đồng */
      capitalChangeVnd: string | null;
      capitalUsd: string | null;
      capitalUsdAfter: string | null;
      capitalUsdBefore: string | null;
      capitalVnd: string | null;
      capitalVndAfter: string | null;
      capitalVndBefore: string | null;
      /** Format: date-time */
      createdAt: string;
      date: string;
      documentNo: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'new' | 'adjustment' | 'termination';
      note: string | null;
      /** Format: uuid */
      projectId: string;
      seq: number;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    Me: {
      board: {
        code: string;
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      email: string | null;
      /** Format: uuid */
      enterpriseId: string | null;
      fullName: string;
      /** Format: uuid */
      id: string;
      permissions: (
        | 'records.read'
        | 'records.write'
        | 'audit.read'
        | 'users.manage'
        | 'boards.manage'
        | 'statistics.file'
        | 'statistics.review'
        | 'statistics.read'
        | 'onestop.process'
        | 'onestop.submit'
        | 'calendar.manage'
        | 'blocs.manage'
        | 'emulation.manage'
        | 'commendation.manage'
        | 'inspection.manage'
        | 'environment.manage'
        | 'complaints.manage'
        | 'complaints.reporter'
        | 'difficulties.manage'
        | 'difficulties.raise'
      )[];
      /** @enum {string} */
      role: 'admin' | 'leader' | 'staff' | 'viewer' | 'enterprise';
      /** @enum {string} */
      scope: 'board' | 'bloc' | 'national';
      username: string;
      version: number;
      visibleBoards: {
        code: string;
        /** Format: uuid */
        id: string;
        name: string;
      }[];
    };
    MyReminders: {
      items: {
        dueDate: string | null;
        period: string;
        /** Format: date-time */
        sentAt: string;
      }[];
    };
    OneStopOffice: {
      address: string | null;
      /** Format: uuid */
      boardId: string;
      codePrefix: string;
      counterName: string | null;
      hours: string | null;
      phone: string | null;
      version: number | null;
    };
    OutgoingDocument: {
      /** Format: uuid */
      boardId: string;
      /** Format: date-time */
      createdAt: string;
      createdBy: string | null;
      /** Format: uuid */
      id: string;
      /**
       * Format: date
       * @example 2019-11-30
       */
      issuedOn: string;
      number: string;
      sequence: number;
      signer: string | null;
      signerTitle: string | null;
      source: string | null;
      summary: string;
      /** @enum {string} */
      type: 'BC' | 'KH' | 'QD' | 'TB' | 'TTr' | 'BB' | 'GM';
      year: number;
    };
    PeriodicReport: {
      boards: string[];
      from: string;
      investment: components['schemas']['InvestmentReport'];
      period: string;
      previousInvestment: components['schemas']['InvestmentReport'];
      previousPeriod: string;
      production: components['schemas']['ProductionReport'];
      /** @enum {string} */
      report: 'periodic';
      targets: {
        achievedPct: number | null;
        actual: string;
        growthPct: number | null;
        indicator: string;
        targetGrowthPct: number | null;
        targetValue: string | null;
        year: number;
      }[];
      to: string;
      zones: components['schemas']['ZonesReport'];
    };
    Procedure: {
      /** Format: uuid */
      boardId: string;
      code: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      currentVersionId: string | null;
      /** Format: uuid */
      id: string;
      /**
       * Format: date
       * @example 2019-11-30
       */
      retiredOn: string | null;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      versions: components['schemas']['ProcedureVersion'][];
    };
    ProcedureInForce: {
      /** Format: uuid */
      boardId: string;
      code: string;
      deadline: {
        /** @enum {string} */
        unit: 'working_days' | 'days';
        value: number;
      };
      documents: {
        copies: number;
        name: string;
        note?: string | null;
        originals: number;
      }[];
      /**
       * Format: date
       * @example 2019-11-30
       */
      effectiveFrom: string;
      fee: string | null;
      field: string;
      /** Format: uuid */
      id: string;
      legalBasis: string | null;
      name: string;
      /** @enum {string} */
      onlineLevel: 'full' | 'partial' | 'none';
      resultName: string | null;
      /**
       * Format: date
       * @example 2019-11-30
       */
      retiredOn: string | null;
      steps: {
        department: string;
        name: string;
        workingDays: number;
      }[];
      version: number;
      /** Format: uuid */
      versionId: string;
    };
    ProcedureVersion: {
      /** Format: uuid */
      boardId: string;
      /** Format: date-time */
      createdAt: string;
      deadline: {
        /** @enum {string} */
        unit: 'working_days' | 'days';
        value: number;
      };
      documents: {
        copies: number;
        name: string;
        note?: string | null;
        originals: number;
      }[];
      /**
       * Format: date
       * @example 2019-11-30
       */
      effectiveFrom: string;
      fee: string | null;
      field: string;
      /** Format: uuid */
      id: string;
      inUse: boolean;
      legalBasis: string | null;
      name: string;
      /** @enum {string} */
      onlineLevel: 'full' | 'partial' | 'none';
      /** Format: uuid */
      procedureId: string;
      resultName: string | null;
      steps: {
        department: string;
        name: string;
        workingDays: number;
      }[];
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    ProductionReport: {
      boards: string[];
      boundariesAsOf: string;
      coverage: {
        enterprises: number;
        reported: number;
      };
      indicators: {
        budgetPaidUsd: {
          ddi: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
          fdi: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
          total: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
        };
        budgetPaidVnd: {
          ddi: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
          fdi: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
          total: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
        };
        exportUsd: {
          ddi: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
          fdi: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
          total: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
        };
        importUsd: {
          ddi: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
          fdi: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
          total: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
        };
        productionValueVnd: {
          ddi: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
          fdi: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
          total: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
        };
        revenueUsd: {
          ddi: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
          fdi: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
          total: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
        };
        revenueVnd: {
          ddi: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
          fdi: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
          total: {
            growthPct: number | null;
            previous: string;
            value: string;
          };
        };
      };
      labour: {
        averageIncomeVnd: string | null;
        insuredPct: number | null;
        workers: {
          ddi: {
            growthPct: number | null;
            previous: number;
            value: number;
          };
          fdi: {
            growthPct: number | null;
            previous: number;
            value: number;
          };
          total: {
            growthPct: number | null;
            previous: number;
            value: number;
          };
        };
      };
      period: string;
      previousPeriod: string;
      province?: {
        indicator: string;
        period: string;
        provinceValue: string;
        sharePct: number | null;
        zonesValue: string;
      }[];
      /** @enum {string} */
      report: 'production';
      targets?: {
        achievedPct: number | null;
        actual: string;
        growthPct: number | null;
        indicator: string;
        targetGrowthPct: number | null;
        targetValue: string | null;
        year: number;
      }[];
      zones?: string[];
    };
    Project: {
      /** Format: uuid */
      boardId: string;
      code: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      implementedAsOf: string | null;
      implementedVnd: string | null;
      /** @enum {string} */
      investmentType: 'FDI' | 'DDI';
      investors: {
        country: string;
        countryName: string;
        /** Format: uuid */
        id: string;
        name: string;
      }[];
      landHa: string | null;
      licensedOn: string | null;
      name: string;
      registeredCapitalUsd: string | null;
      registeredCapitalVnd: string | null;
      sector: string | null;
      /** @enum {string} */
      status: 'active' | 'terminated';
      terminatedOn: string | null;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      zone: {
        code: string;
        /** Format: uuid */
        id: string;
        name: string;
      };
    };
    ProjectDetail: {
      /** Format: uuid */
      boardId: string;
      capitalImplementations: components['schemas']['CapitalImplementation'][];
      code: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      implementedAsOf: string | null;
      implementedVnd: string | null;
      /** @enum {string} */
      investmentType: 'FDI' | 'DDI';
      investors: {
        country: string;
        countryName: string;
        /** Format: uuid */
        id: string;
        name: string;
      }[];
      landHa: string | null;
      licensedOn: string | null;
      licensingEvents: components['schemas']['LicensingEvent'][];
      name: string;
      registeredCapitalUsd: string | null;
      registeredCapitalVnd: string | null;
      sector: string | null;
      /** @enum {string} */
      status: 'active' | 'terminated';
      terminatedOn: string | null;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      zone: {
        code: string;
        /** Format: uuid */
        id: string;
        name: string;
      };
    };
    ProjectDetailWithWarnings: {
      /** Format: uuid */
      boardId: string;
      capitalImplementations: components['schemas']['CapitalImplementation'][];
      code: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      implementedAsOf: string | null;
      implementedVnd: string | null;
      /** @enum {string} */
      investmentType: 'FDI' | 'DDI';
      investors: {
        country: string;
        countryName: string;
        /** Format: uuid */
        id: string;
        name: string;
      }[];
      landHa: string | null;
      licensedOn: string | null;
      licensingEvents: components['schemas']['LicensingEvent'][];
      name: string;
      registeredCapitalUsd: string | null;
      registeredCapitalVnd: string | null;
      sector: string | null;
      /** @enum {string} */
      status: 'active' | 'terminated';
      terminatedOn: string | null;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      warnings: components['schemas']['RecordWarning'][];
      zone: {
        code: string;
        /** Format: uuid */
        id: string;
        name: string;
      };
    };
    Provinces: {
      items: {
        city: boolean;
        code: string;
        formedFrom?: string[];
        name: string;
      }[];
      /** Format: date */
      on: string;
    };
    ProvinceTotal: {
      /** Format: uuid */
      boardId: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      indicator:
        | 'productionValueVnd'
        | 'revenueVnd'
        | 'exportUsd'
        | 'importUsd'
        | 'budgetPaidVnd'
        | 'workers'
        | 'newJobs'
        | 'attractedCapitalVnd';
      period: string;
      value: string;
      version: number;
    };
    PublicDossier: {
      code: string;
      /**
       * Format: date
       * @example 2019-11-30
       */
      dueDate: string | null;
      procedure: {
        code: string;
        name: string;
      };
      /**
       * Format: date
       * @example 2019-11-30
       */
      receivedOn: string | null;
      result: {
        /** @enum {string} */
        kind: 'approved' | 'refused' | 'withdrawn' | 'stopped';
        /**
         * Format: date
         * @example 2019-11-30
         */
        on: string;
      } | null;
      /** @enum {string} */
      status:
        | 'unconfirmed'
        | 'submitted'
        | 'not_accepted'
        | 'processing'
        | 'awaiting_supplement'
        | 'resolved'
        | 'returned';
    };
    PublicDossierSubmission: {
      code: string;
      confirmationSent: boolean;
      message: string;
    };
    PublicProcedure: {
      code: string;
      deadline: {
        /** @enum {string} */
        unit: 'working_days' | 'days';
        value: number;
      };
      documents: {
        copies: number;
        name: string;
        note?: string | null;
        originals: number;
      }[];
      fee: string | null;
      field: string;
      legalBasis: string | null;
      name: string;
      /** @enum {string} */
      onlineLevel: 'full' | 'partial' | 'none';
      resultName: string | null;
    };
    RecordWarning: {
      message: string;
      path: string;
      reason: string;
    };
    RemindersSent: {
      dueDate: string;
      emailed: number;
      failed: number;
      items: {
        /** Format: uuid */
        enterpriseId: string;
        /** @enum {string} */
        mailStatus: 'sent' | 'no_address' | 'not_configured' | 'failed';
        name: string;
        period: string;
        recipients: string[];
        /** Format: date-time */
        sentAt: string;
        sentBy: string;
        taxCode: string;
      }[];
      mailConfigured: boolean;
      period: string;
      reminded: number;
      withoutAddress: number;
    };
    ReportingPeriod: {
      /** Format: uuid */
      boardId: string;
      dueDate: string;
      /** Format: uuid */
      id: string;
      open: boolean;
      period: string;
      version: number;
    };
    ReportingSchedule: {
      /** Format: uuid */
      boardId: string;
      collected: boolean;
      dueDay: number;
      dueMonthsAfter: number;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      periodKind: 'month' | 'quarter' | 'half' | 'year';
      version: number;
    };
    ReportUnlockRequest: {
      /** Format: uuid */
      boardId: string;
      /** Format: date-time */
      decidedAt: string | null;
      /** Format: uuid */
      decidedBy: string | null;
      decisionNote: string | null;
      /** Format: uuid */
      enterpriseId: string;
      enterpriseName: string;
      /** Format: uuid */
      id: string;
      period: string;
      reason: string;
      /** Format: uuid */
      reportId: string;
      /** Format: date-time */
      requestedAt: string;
      /** Format: uuid */
      requestedBy: string | null;
      requestedByUsername: string | null;
      /** @enum {string} */
      status: 'pending' | 'granted' | 'refused';
      taxCode: string;
      version: number;
    };
    ScoreSheet: {
      bloc: string;
      board: string;
      boardName: string;
      entries: {
        criterion: string;
        evidence: string | null;
        /** @enum {string} */
        kind: 'sum' | 'quantitative' | 'pass_fail' | 'per_occurrence' | 'bonus' | 'penalty';
        note: string | null;
        passed: boolean | null;
        reviewedPassed: boolean | null;
        reviewedValue: string | null;
        target: string | null;
        value: string | null;
      }[];
      /** Format: uuid */
      id: string | null;
      /** Format: date-time */
      reviewedAt: string | null;
      /** @enum {string} */
      state: 'draft' | 'submitted' | 'reviewed';
      /** Format: date-time */
      submittedAt: string | null;
      version: number | null;
      year: number;
    };
    ScoringCriterion: {
      children: components['schemas']['ScoringCriterion'][];
      code: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'sum' | 'quantitative' | 'pass_fail' | 'per_occurrence' | 'bonus' | 'penalty';
      maxPoints: string;
      name: string;
      pointsPerOccurrence: string | null;
      /** @enum {string|null} */
      source:
        | 'newProjects.total'
        | 'newProjects.fdi'
        | 'newProjects.ddi'
        | 'capitalNewAndAdjusted.fdiUsd'
        | 'capitalNewAndAdjusted.ddiVnd'
        | 'revenue.fdiUsd'
        | 'revenue.ddiVnd'
        | 'budgetPaid.fdiUsd'
        | 'budgetPaid.ddiVnd'
        | 'newProjects.total.growthPct'
        | 'newProjects.fdi.growthPct'
        | 'newProjects.ddi.growthPct'
        | 'capitalNewAndAdjusted.fdiUsd.growthPct'
        | 'capitalNewAndAdjusted.ddiVnd.growthPct'
        | 'revenue.fdiUsd.growthPct'
        | 'revenue.ddiVnd.growthPct'
        | 'budgetPaid.fdiUsd.growthPct'
        | 'budgetPaid.ddiVnd.growthPct'
        | 'oneStop.onTimePct'
        | null;
      unit: string | null;
    };
    ScoringCriterionDefinitionInput: {
      children?: components['schemas']['ScoringCriterionDefinitionInput'][];
      /** @example 1.2 */
      code: string;
      /** @enum {string} */
      kind: 'sum' | 'quantitative' | 'pass_fail' | 'per_occurrence' | 'bonus' | 'penalty';
      /** @example 20 */
      maxPoints: string;
      name: string;
      /** @example 20 */
      pointsPerOccurrence?: string | null;
      /** @enum {string|null} */
      source?:
        | 'newProjects.total'
        | 'newProjects.fdi'
        | 'newProjects.ddi'
        | 'capitalNewAndAdjusted.fdiUsd'
        | 'capitalNewAndAdjusted.ddiVnd'
        | 'revenue.fdiUsd'
        | 'revenue.ddiVnd'
        | 'budgetPaid.fdiUsd'
        | 'budgetPaid.ddiVnd'
        | 'newProjects.total.growthPct'
        | 'newProjects.fdi.growthPct'
        | 'newProjects.ddi.growthPct'
        | 'capitalNewAndAdjusted.fdiUsd.growthPct'
        | 'capitalNewAndAdjusted.ddiVnd.growthPct'
        | 'revenue.fdiUsd.growthPct'
        | 'revenue.ddiVnd.growthPct'
        | 'budgetPaid.fdiUsd.growthPct'
        | 'budgetPaid.ddiVnd.growthPct'
        | 'oneStop.onTimePct'
        | null;
      unit?: string | null;
    };
    ScoringRanking: {
      bloc: string;
      blocName: string;
      criteria: {
        code: string;
        depth: number;
        /** @enum {string} */
        kind: 'sum' | 'quantitative' | 'pass_fail' | 'per_occurrence' | 'bonus' | 'penalty';
        maxPoints: string;
        name: string;
        parent: string | null;
        /** @enum {string|null} */
        source:
          | 'newProjects.total'
          | 'newProjects.fdi'
          | 'newProjects.ddi'
          | 'capitalNewAndAdjusted.fdiUsd'
          | 'capitalNewAndAdjusted.ddiVnd'
          | 'revenue.fdiUsd'
          | 'revenue.ddiVnd'
          | 'budgetPaid.fdiUsd'
          | 'budgetPaid.ddiVnd'
          | 'newProjects.total.growthPct'
          | 'newProjects.fdi.growthPct'
          | 'newProjects.ddi.growthPct'
          | 'capitalNewAndAdjusted.fdiUsd.growthPct'
          | 'capitalNewAndAdjusted.ddiVnd.growthPct'
          | 'revenue.fdiUsd.growthPct'
          | 'revenue.ddiVnd.growthPct'
          | 'budgetPaid.fdiUsd.growthPct'
          | 'budgetPaid.ddiVnd.growthPct'
          | 'oneStop.onTimePct'
          | null;
        unit: string | null;
      }[];
      leader: string;
      members: {
        /** @enum {string} */
        basis: 'reviewed' | 'self';
        board: string;
        name: string;
        points: {
          [key: string]: string;
        };
        rank: number;
        /** @enum {string|null} */
        sheetState: 'draft' | 'submitted' | 'reviewed' | null;
        total: string;
        values: {
          [key: string]: {
            /** @enum {string} */
            from: 'source' | 'reviewed' | 'self' | 'none';
            passed: boolean | null;
            typed?: string | null;
            value: string | null;
          };
        };
      }[];
      sources: {
        available: boolean;
        criterion: string;
        label: string;
        problem: string | null;
        /** @enum {string} */
        source:
          | 'newProjects.total'
          | 'newProjects.fdi'
          | 'newProjects.ddi'
          | 'capitalNewAndAdjusted.fdiUsd'
          | 'capitalNewAndAdjusted.ddiVnd'
          | 'revenue.fdiUsd'
          | 'revenue.ddiVnd'
          | 'budgetPaid.fdiUsd'
          | 'budgetPaid.ddiVnd'
          | 'newProjects.total.growthPct'
          | 'newProjects.fdi.growthPct'
          | 'newProjects.ddi.growthPct'
          | 'capitalNewAndAdjusted.fdiUsd.growthPct'
          | 'capitalNewAndAdjusted.ddiVnd.growthPct'
          | 'revenue.fdiUsd.growthPct'
          | 'revenue.ddiVnd.growthPct'
          | 'budgetPaid.fdiUsd.growthPct'
          | 'budgetPaid.ddiVnd.growthPct'
          | 'oneStop.onTimePct';
        unit: string;
      }[];
      table: {
        adoptedBy: string;
        maxTotal: string;
        name: string;
      };
      year: number;
    };
    ScoringTable: {
      adoptedBy: string;
      bloc: string;
      blocName: string;
      /** Format: date-time */
      createdAt: string;
      criteria: components['schemas']['ScoringCriterion'][];
      /** Format: uuid */
      id: string;
      leader: string;
      maxTotal: string;
      members: {
        code: string;
        name: string;
        /** @enum {string|null} */
        sheetState: 'draft' | 'submitted' | 'reviewed' | null;
      }[];
      name: string;
      targets: {
        board: string;
        criterion: string;
        target: string;
      }[];
      /** Format: date-time */
      updatedAt: string;
      version: number;
      year: number;
    };
    SentReminders: {
      items: {
        /** Format: uuid */
        enterpriseId: string;
        /** @enum {string} */
        mailStatus: 'sent' | 'no_address' | 'not_configured' | 'failed';
        name: string;
        period: string;
        recipients: string[];
        /** Format: date-time */
        sentAt: string;
        sentBy: string;
        taxCode: string;
      }[];
    };
    SettingsHistoryEntry: {
      action: string;
      actorLabel: string;
      after: unknown;
      /** Format: date-time */
      at: string;
      before: unknown;
      entityId: string;
      entityKey: string | null;
      /** @enum {string} */
      entityType:
        | 'reporting_schedule'
        | 'reporting_period'
        | 'statistics_rule'
        | 'exchange_rate'
        | 'board_target'
        | 'province_total'
        | 'calendar_year';
      id: number;
    };
    StatisticsCheck: {
      field: string;
      message: string;
      params: {
        [key: string]: number;
      };
      /** @enum {string} */
      rule:
        | 'required_figures'
        | 'non_negative'
        | 'insured_le_workers'
        | 'period_open'
        | 'yoy_ratio'
        | 'export_over_revenue'
        | 'income_range';
      /** @enum {string} */
      severity: 'hard' | 'soft';
    };
    StatisticsCompleteness: {
      accepted: number;
      /** Format: uuid */
      boardId: string;
      dueDate: string;
      enterprises: {
        daysLate: number | null;
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        investmentType: 'FDI' | 'DDI';
        name: string;
        onTime: boolean | null;
        /** Format: uuid */
        reportId: string | null;
        /** @enum {string} */
        status: 'draft' | 'submitted' | 'returned' | 'accepted' | 'missing';
        /** Format: date-time */
        submittedAt: string | null;
        taxCode: string;
        /** Format: uuid */
        zoneId: string;
      }[];
      expected: number;
      late: number;
      missing: number;
      onTime: number;
      onTimePct: number | null;
      period: string;
      submitted: number;
    };
    StatisticsExcelImportResult: {
      added: number;
      boardId: string;
      changed: number;
      dryRun: boolean;
      period: string;
      /** @description Data rows read (header and blank rows excluded) */
      rows: number;
      /** @description Rows whose figure cells are all empty */
      skipped: number;
      unchanged: number;
    };
    StatisticsReminders: {
      /** Format: uuid */
      boardId: string;
      dueDate: string;
      items: {
        daysLate: number | null;
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        investmentType: 'FDI' | 'DDI';
        name: string;
        onTime: boolean | null;
        /** Format: uuid */
        reportId: string | null;
        returnReason: string | null;
        /** @enum {string} */
        status: 'draft' | 'submitted' | 'returned' | 'accepted' | 'missing';
        /** Format: date-time */
        submittedAt: string | null;
        taxCode: string;
        usernames: string[];
        /** Format: uuid */
        zoneId: string;
      }[];
      period: string;
    };
    StatisticsRule: {
      /** Format: uuid */
      boardId: string;
      code: string;
      defaultParams: {
        [key: string]: number;
      };
      /** @enum {string} */
      defaultSeverity: 'hard' | 'soft' | 'off';
      description: string;
      params: {
        [key: string]: number;
      };
      /** @enum {string} */
      severity: 'hard' | 'soft' | 'off';
      version: number | null;
    };
    Target: {
      /** Format: uuid */
      boardId: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      indicator:
        | 'productionValueVnd'
        | 'revenueVnd'
        | 'exportUsd'
        | 'importUsd'
        | 'budgetPaidVnd'
        | 'workers'
        | 'newJobs'
        | 'attractedCapitalVnd';
      targetGrowthPct: number | null;
      targetValue: string | null;
      version: number;
      year: number;
    };
    User: {
      /** Format: uuid */
      blocId: string | null;
      /** Format: uuid */
      boardId: string | null;
      /** Format: date-time */
      createdAt: string;
      disabled: boolean;
      email: string | null;
      fullName: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      lastLoginAt: string | null;
      /** @enum {string} */
      role: 'admin' | 'leader' | 'staff' | 'viewer' | 'enterprise';
      /** @enum {string} */
      scope: 'board' | 'bloc' | 'national';
      /** Format: date-time */
      updatedAt: string;
      username: string;
      version: number;
    };
    Zone: {
      areaHa: string;
      /** Format: uuid */
      boardId: string;
      code: string;
      /** Format: date-time */
      createdAt: string;
      developer: string | null;
      /** Format: uuid */
      id: string;
      industrialLandHa: string | null;
      /** @enum {string} */
      kind: 'KCN' | 'KKT' | 'KCX';
      leasedLandHa: string | null;
      name: string;
      occupancyPct: number | null;
      /** @enum {string} */
      status: 'planned' | 'established' | 'under_construction' | 'operating';
      statusHistory: {
        since: string;
        /** @enum {string} */
        status: 'planned' | 'established' | 'under_construction' | 'operating';
      }[];
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    ZonesReport: {
      asOf: string;
      boards: string[];
      boundariesAsOf: string;
      byStatus: {
        established: {
          areaHa: string;
          count: number;
        };
        operating: {
          areaHa: string;
          count: number;
          industrialLandHa: string;
          leasedLandHa: string;
          occupancyPct: number | null;
        };
        planned: {
          areaHa: string;
          count: number;
        };
        under_construction: {
          areaHa: string;
          count: number;
        };
      };
      /** @enum {string} */
      report: 'zones';
      total: {
        areaHa: string;
        count: number;
      };
      zones?: string[];
    };
    ZoneTransfer: {
      changed: boolean;
      decision: string | null;
      from: string;
      moved: {
        enterprises: number;
        projects: number;
        zones: string[];
      };
      on: string;
      to: string;
      zone: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listAuditEntries: {
    parameters: {
      query?: {
        actorUserId?: string;
        boardId?: string;
        entityId?: string;
        entityKey?: string;
        entityType?: string;
        from?: string;
        page?: number;
        pageSize?: number;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AuditEntry'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listAuditSettings: {
    parameters: {
      query: {
        boardId?: string;
        entityId?: string;
        entityType:
          | 'reporting_schedule'
          | 'reporting_period'
          | 'statistics_rule'
          | 'exchange_rate'
          | 'board_target'
          | 'province_total'
          | 'calendar_year';
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['SettingsHistoryEntry'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          password: string;
          username: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  updateMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email?: string | null;
          fullName?: string;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          currentPassword: string;
          newPassword: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listAuthTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ApiToken'][];
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createAuthToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expiresInDays?: number;
          name: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            secret: string;
            token: components['schemas']['ApiToken'];
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  deleteAuthToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getBackup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The backup file (kcn-backup v1: gzip of JSON lines) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/gzip': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listBlocs: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Bloc'][];
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getBloc: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BlocDetail'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  setBloc: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BlocDetail'];
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BlocDetail'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getBlocCovenant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmulationCovenant'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  setBlocCovenant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default  */
          content?: string;
          /** @default  */
          place?: string;
          signatories: string[];
          /**
           * Format: date
           * @example 2019-11-30
           */
          signedOn: string;
          title: string;
          /** @description Version read before editing (optimistic lock) */
          version?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmulationCovenant'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getBlocCovenantFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file as uploaded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  setBlocCovenantFile: {
    parameters: {
      query: {
        fileName: string;
        version: number;
      };
      header?: never;
      path: {
        code: string;
        year: number;
      };
      cookie?: never;
    };
    /** @description The file, as the raw body */
    requestBody: {
      content: {
        'application/octet-stream': string;
        'application/pdf': string;
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        'image/jpeg': string;
        'image/png': string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmulationCovenant'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listBlocReturns: {
    parameters: {
      query: {
        /** @description Kỳ báo cáo: "2024", "2024-H1", "2024-Q3" or "2024-05" */
        period: string;
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BlocReturnList'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  setBlocReturn: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        board: string;
        code: string;
        period: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @example 4466777000000 */
          budgetPaidDdiVnd: string;
          /** @example 15000000.50 */
          budgetPaidFdiUsd: string;
          /** @example 4466777000000 */
          capitalDdiVnd: string;
          /** @example 15000000.50 */
          capitalFdiUsd: string;
          newProjectsDdi: number;
          newProjectsFdi: number;
          note?: string | null;
          /** @example 4466777000000 */
          revenueDdiVnd: string;
          /** @example 15000000.50 */
          revenueFdiUsd: string;
          /** @description Version read before editing (optimistic lock) */
          version?: number;
          /**
           * @description Hectares as a decimal string
           * @example 120.5
           */
          zonesInPlanAreaHa: string;
          zonesInPlanCount: number;
          /**
           * @description Hectares as a decimal string
           * @example 120.5
           */
          zonesOperatingAreaHa: string;
          zonesOperatingCount: number;
          /**
           * @description Hectares as a decimal string
           * @example 120.5
           */
          zonesUnderConstructionAreaHa: string;
          zonesUnderConstructionCount: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BlocReturn'];
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BlocReturn'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  deleteBlocReturn: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        board: string;
        code: string;
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  importBlocReturn: {
    parameters: {
      query: {
        /** @description Kỳ báo cáo: "2024", "2024-H1", "2024-Q3" or "2024-05" */
        period: string;
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    /** @description The file, as the raw body */
    requestBody: {
      content: {
        'application/octet-stream': string;
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BlocReturnsImportResult'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getBlocReturnsTemplate: {
    parameters: {
      query: {
        /** @description Kỳ báo cáo: "2024", "2024-H1", "2024-Q3" or "2024-05" */
        period: string;
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The template (.xlsx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getScoringTable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScoringTable'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  setScoringTable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default  */
          adoptedBy?: string;
          criteria: components['schemas']['ScoringCriterionDefinitionInput'][];
          name: string;
          /** @default [] */
          targets?: {
            board: string;
            /** @example 1.2 */
            criterion: string;
            /** @example 100 */
            target: string;
          }[];
          /** @description Version read before editing (optimistic lock) */
          version?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScoringTable'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getScoringRanking: {
    parameters: {
      query?: {
        /** @description Word: the document's date (default: today in Vietnam) */
        date?: string;
        /** @description json (default), docx: the ranking as a Word document for the conference (Decree 30 layout) */
        format?: 'json' | 'docx';
        /** @description Word: the document number, e.g. 125/BC-BQL (5 → 05/BC-BQL) */
        number?: string;
        /** @description Word: the signer's name */
        signer?: string;
        /** @description Word: the signer's title, e.g. Trưởng ban (a line break for KT. Trưởng ban / Phó Trưởng ban) */
        signerTitle?: string;
      };
      header?: never;
      path: {
        code: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The members with points per criterion, total and rank; with format=docx the Word document (Decree 30 layout) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScoringRanking'];
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getScoreSheet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        board: string;
        code: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScoreSheet'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  setScoreSheet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        board: string;
        code: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          entries: {
            /** @example 1.2 */
            criterion: string;
            evidence?: string | null;
            note?: string | null;
            passed?: boolean | null;
            /** @example 125.5 */
            value?: string | null;
          }[];
          /** @description Version read before editing (optimistic lock) */
          version?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScoreSheet'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  reviewScoreSheet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        board: string;
        code: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          entries: {
            /** @example 1.2 */
            criterion: string;
            note?: string | null;
            passed?: boolean | null;
            /** @example 125.5 */
            value?: string | null;
          }[];
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScoreSheet'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  finishScoreSheetReview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        board: string;
        code: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScoreSheet'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  submitScoreSheet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        board: string;
        code: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScoreSheet'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getBlocYear: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BlocYear'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  setBlocYear: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          deputy?: string | null;
          leader: string;
          members: string[];
          /** @description Version read before editing (optimistic lock) */
          version?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BlocYear'];
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BlocYear'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  deleteBlocYear: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listBoards: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Board'][];
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createBoard: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
          name: string;
          provinceCode?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Board'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  mergeBoard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          decision?: string;
          into: string;
          /**
           * Format: date
           * @example 2019-11-30
           */
          on: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BoardMerge'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getBoard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Board'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  updateBoard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          provinceCode?: string | null;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Board'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getCalendarDueDate: {
    parameters: {
      query: {
        days?: number;
        receivedAt: string;
        workingDays?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarDueDate'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listCalendarYears: {
    parameters: {
      query: {
        from: number;
        to: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['CalendarYear'][];
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getCalendarYear: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarYear'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  setCalendarYear: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          daysOff: string[];
          note?: string | null;
          /** @description Version read before editing (optimistic lock) */
          version?: number;
          workdays: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarYear'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  deleteCalendarYear: {
    parameters: {
      query?: {
        version?: number;
      };
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarYear'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  deleteCapitalImplementation: {
    parameters: {
      query: {
        /** @description Why the record is corrected or deleted (5–500 characters), kept in the audit log */
        reason: string;
        version: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectDetail'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  updateCapitalImplementation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date
           * @example 2019-11-30
           */
          asOf?: string;
          /**
           * @description Whole đồng as a string of digits
           * @example 4466777000000
           */
          implementedVnd?: string;
          /** @description Why the record is corrected or deleted (5–500 characters), kept in the audit log */
          reason: string;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectDetailWithWarnings'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listCommendationAwards: {
    parameters: {
      query?: {
        award?:
          | 'LDTT'
          | 'CSTDCS'
          | 'CSTD_TINH'
          | 'CSTD_TOAN_QUOC'
          | 'TTLDTT'
          | 'TTLDXS'
          | 'CO_THI_DUA_TINH'
          | 'CO_THI_DUA_CP'
          | 'GIAY_KHEN'
          | 'BANG_KHEN_TINH'
          | 'BANG_KHEN_BO'
          | 'BANG_KHEN_TTG'
          | 'HUAN_CHUONG_LD3'
          | 'HUAN_CHUONG_LD2'
          | 'HUAN_CHUONG_LD1';
        board?: string;
        /** @description xlsx: every matching row as an Excel workbook (page and pageSize ignored; at most 50 000 rows, else 422 LIST_DOWNLOAD_TOO_LARGE) */
        format?: 'xlsx';
        fromYear?: number;
        includeRevoked?: 'true' | 'false';
        kind?: 'person' | 'collective';
        page?: number;
        pageSize?: number;
        subjectId?: string;
        toYear?: number;
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the register; with format=xlsx, an Excel workbook of every matching row */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationAwardList'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createCommendationAward: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          award:
            | 'LDTT'
            | 'CSTDCS'
            | 'CSTD_TINH'
            | 'CSTD_TOAN_QUOC'
            | 'TTLDTT'
            | 'TTLDXS'
            | 'CO_THI_DUA_TINH'
            | 'CO_THI_DUA_CP'
            | 'GIAY_KHEN'
            | 'BANG_KHEN_TINH'
            | 'BANG_KHEN_BO'
            | 'BANG_KHEN_TTG'
            | 'HUAN_CHUONG_LD3'
            | 'HUAN_CHUONG_LD2'
            | 'HUAN_CHUONG_LD1';
          board?: string;
          decisionText: string;
          /** Format: uuid */
          subjectId: string;
          /** @example 2025 */
          year: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationAward'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  revokeCommendationAward: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          /**
           * Format: date
           * @example 2019-11-30
           */
          revokedOn: string;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationAward'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listCommendationDecisions: {
    parameters: {
      query?: {
        board?: string;
        page?: number;
        pageSize?: number;
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationDecisionList'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createCommendationDecision: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          board?: string;
          issuer: string;
          items?: {
            /** @enum {string} */
            award:
              | 'LDTT'
              | 'CSTDCS'
              | 'CSTD_TINH'
              | 'CSTD_TOAN_QUOC'
              | 'TTLDTT'
              | 'TTLDXS'
              | 'CO_THI_DUA_TINH'
              | 'CO_THI_DUA_CP'
              | 'GIAY_KHEN'
              | 'BANG_KHEN_TINH'
              | 'BANG_KHEN_BO'
              | 'BANG_KHEN_TTG'
              | 'HUAN_CHUONG_LD3'
              | 'HUAN_CHUONG_LD2'
              | 'HUAN_CHUONG_LD1';
            /** Format: uuid */
            subjectId: string;
            /** @example 2025 */
            year: number;
          }[];
          /** @enum {string} */
          level: 'unit' | 'province' | 'ministry' | 'government' | 'state';
          number: string;
          /** Format: uuid */
          proposalId?: string;
          /**
           * Format: date
           * @example 2019-11-30
           */
          signedOn: string;
          /** @default  */
          summary?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationDecision'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getCommendationDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationDecision'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getCommendationEligibility: {
    parameters: {
      query: {
        board?: string;
        year: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationBoardEligibility'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listCommendationInitiatives: {
    parameters: {
      query?: {
        board?: string;
        level?: 'unit' | 'province' | 'national';
        page?: number;
        pageSize?: number;
        search?: string;
        subjectId?: string;
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationInitiativeList'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createCommendationInitiative: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          authorIds: string[];
          board?: string;
          /** @enum {string} */
          level: 'unit' | 'province' | 'national';
          /** @default  */
          recognisedBy?: string;
          /**
           * Format: date
           * @example 2019-11-30
           */
          recognisedOn?: string;
          title: string;
          /** @example 2025 */
          year: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationInitiative'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getCommendationInitiative: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationInitiative'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  deleteCommendationInitiative: {
    parameters: {
      query: {
        version: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  updateCommendationInitiative: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          authorIds?: string[];
          /** @enum {string} */
          level?: 'unit' | 'province' | 'national';
          recognisedBy?: string;
          /**
           * Format: date
           * @example 2019-11-30
           */
          recognisedOn?: string | null;
          title?: string;
          /** @description Version read before editing (optimistic lock) */
          version: number;
          /** @example 2025 */
          year?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationInitiative'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listCommendationProposals: {
    parameters: {
      query?: {
        board?: string;
        kind?: 'annual' | 'thematic' | 'sudden';
        page?: number;
        pageSize?: number;
        state?: 'draft' | 'submitted' | 'reviewed' | 'decided' | 'returned';
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationProposalList'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createCommendationProposal: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          board?: string;
          /** @default [] */
          items?: {
            /** @default  */
            achievement?: string;
            /** @enum {string} */
            award:
              | 'LDTT'
              | 'CSTDCS'
              | 'CSTD_TINH'
              | 'CSTD_TOAN_QUOC'
              | 'TTLDTT'
              | 'TTLDXS'
              | 'CO_THI_DUA_TINH'
              | 'CO_THI_DUA_CP'
              | 'GIAY_KHEN'
              | 'BANG_KHEN_TINH'
              | 'BANG_KHEN_BO'
              | 'BANG_KHEN_TTG'
              | 'HUAN_CHUONG_LD3'
              | 'HUAN_CHUONG_LD2'
              | 'HUAN_CHUONG_LD1';
            /** Format: uuid */
            subjectId: string;
          }[];
          /** @enum {string} */
          kind: 'annual' | 'thematic' | 'sudden';
          /** Format: uuid */
          movementId?: string;
          title: string;
          /** @example 2025 */
          year: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationProposal'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listCommendationProposal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationProposal'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  updateCommendationProposal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          items?: {
            /** @default  */
            achievement?: string;
            /** @enum {string} */
            award:
              | 'LDTT'
              | 'CSTDCS'
              | 'CSTD_TINH'
              | 'CSTD_TOAN_QUOC'
              | 'TTLDTT'
              | 'TTLDXS'
              | 'CO_THI_DUA_TINH'
              | 'CO_THI_DUA_CP'
              | 'GIAY_KHEN'
              | 'BANG_KHEN_TINH'
              | 'BANG_KHEN_BO'
              | 'BANG_KHEN_TTG'
              | 'HUAN_CHUONG_LD3'
              | 'HUAN_CHUONG_LD2'
              | 'HUAN_CHUONG_LD1';
            /** Format: uuid */
            subjectId: string;
          }[];
          /** @enum {string} */
          kind?: 'annual' | 'thematic' | 'sudden';
          /** Format: uuid */
          movementId?: string | null;
          title?: string;
          /** @description Version read before editing (optimistic lock) */
          version: number;
          /** @example 2025 */
          year?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationProposal'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  returnCommendationProposal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note: string;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationProposal'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  reviewCommendationProposal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          items: {
            agreed: boolean;
            /** Format: uuid */
            itemId: string;
            votesFor?: number;
            votesTotal?: number;
          }[];
          note?: string;
          /**
           * Format: date
           * @example 2019-11-30
           */
          reviewedOn: string;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationProposal'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  submitCommendationProposal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationProposal'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listCommendationRegistrations: {
    parameters: {
      query: {
        award?:
          | 'LDTT'
          | 'CSTDCS'
          | 'CSTD_TINH'
          | 'CSTD_TOAN_QUOC'
          | 'TTLDTT'
          | 'TTLDXS'
          | 'CO_THI_DUA_TINH'
          | 'CO_THI_DUA_CP'
          | 'GIAY_KHEN'
          | 'BANG_KHEN_TINH'
          | 'BANG_KHEN_BO'
          | 'BANG_KHEN_TTG'
          | 'HUAN_CHUONG_LD3'
          | 'HUAN_CHUONG_LD2'
          | 'HUAN_CHUONG_LD1';
        board?: string;
        kind?: 'person' | 'collective';
        page?: number;
        pageSize?: number;
        subjectId?: string;
        year: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationRegistrationList'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createCommendationRegistration: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          award:
            | 'LDTT'
            | 'CSTDCS'
            | 'CSTD_TINH'
            | 'CSTD_TOAN_QUOC'
            | 'TTLDTT'
            | 'TTLDXS'
            | 'CO_THI_DUA_TINH'
            | 'CO_THI_DUA_CP'
            | 'GIAY_KHEN'
            | 'BANG_KHEN_TINH'
            | 'BANG_KHEN_BO'
            | 'BANG_KHEN_TTG'
            | 'HUAN_CHUONG_LD3'
            | 'HUAN_CHUONG_LD2'
            | 'HUAN_CHUONG_LD1';
          board?: string;
          /** Format: uuid */
          movementId?: string;
          /**
           * Format: date
           * @example 2019-11-30
           */
          registeredOn?: string;
          /** Format: uuid */
          subjectId: string;
          /** @example 2025 */
          year: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationRegistration'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  deleteCommendationRegistration: {
    parameters: {
      query: {
        version: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listCommendationSubjects: {
    parameters: {
      query?: {
        board?: string;
        collectiveId?: string;
        includeLeft?: 'true' | 'false';
        kind?: 'person' | 'collective';
        page?: number;
        pageSize?: number;
        search?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationSubjectList'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createCommendationSubject: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          birthYear?: number;
          board?: string;
          /** Format: uuid */
          collectiveId?: string;
          /** @enum {string} */
          kind: 'person' | 'collective';
          name: string;
          position?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationSubject'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getCommendationSubject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationSubject'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  updateCommendationSubject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          birthYear?: number | null;
          /** Format: uuid */
          collectiveId?: string | null;
          name?: string;
          position?: string;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationSubject'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getCommendationSubjectEligibility: {
    parameters: {
      query: {
        year: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationSubjectEligibility'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getCommendationSubjectHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationSubjectHistory'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  leaveCommendationSubject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date
           * @example 2019-11-30
           */
          leftOn: string | null;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationSubject'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listCommendationSubjectRatings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationRatingList'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  setCommendationSubjectRating: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          collectiveId?: string | null;
          /**
           * @default null
           * @enum {string|null}
           */
          discipline?: 'reprimand' | 'warning' | 'demotion' | 'dismissal' | null;
          /** @enum {string} */
          rating: 'excellent' | 'good' | 'completed' | 'not_completed';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommendationRating'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  deleteCommendationSubjectRating: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listDocumentsOutgoing: {
    parameters: {
      query?: {
        boardId?: string;
        page?: number;
        pageSize?: number;
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['OutgoingDocument'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  outgoingDocument: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default BQL */
          agencySymbol?: string;
          /** Format: uuid */
          boardId?: string;
          /**
           * Format: date
           * @example 2019-11-30
           */
          issuedOn?: string;
          signer?: string;
          signerTitle?: string;
          source?: string;
          summary: string;
          /**
           * @default BC
           * @enum {string}
           */
          type?: 'BC' | 'KH' | 'QD' | 'TB' | 'TTr' | 'BB' | 'GM';
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutgoingDocument'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listDossiers: {
    parameters: {
      query?: {
        boardId?: string;
        channel?: 'online' | 'counter' | 'post';
        page?: number;
        pageSize?: number;
        procedureId?: string;
        receivedFrom?: string;
        receivedTo?: string;
        risk?: 'due_soon' | 'overdue';
        search?: string;
        status?:
          | 'unconfirmed'
          | 'submitted'
          | 'not_accepted'
          | 'processing'
          | 'awaiting_supplement'
          | 'resolved'
          | 'returned';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['DossierSummary'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createDossier: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          applicant: {
            address?: string;
            /** Format: email */
            email?: string;
            name: string;
            phone?: string;
            taxCode?: string;
          };
          /** Format: uuid */
          boardId?: string;
          /** @enum {string} */
          channel: 'counter' | 'post';
          /** Format: uuid */
          enterpriseId?: string;
          /** Format: uuid */
          procedureId: string;
          /**
           * Format: date-time
           * @example 2026-02-13T09:30:00+07:00
           */
          receivedAt?: string;
          summary?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierDetail'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getDossier: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierDetail'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  acceptDossier: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierDetail'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  recordDossierApology: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date
           * @example 2019-11-30
           */
          newDate: string;
          reason: string;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierDetail'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createDossierAttachment: {
    parameters: {
      query: {
        fileName: string;
        purpose?: 'application' | 'supplement' | 'result' | 'apology' | 'other';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description The file, as the raw body */
    requestBody: {
      content: {
        'application/octet-stream': string;
        'application/pdf': string;
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        'image/jpeg': string;
        'image/png': string;
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierAttachment'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getDossierAttachment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        attachmentId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file as uploaded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getDossierForm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 01 receipt and appointment slip, 02 request to supplement, 03 refusal to accept, 04 apology and new date (Circular 03/2025/TT-VPCP, Annex I) */
        form: '01' | '02' | '03' | '04';
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The form as a Word document (.docx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  notAcceptDossier: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierDetail'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  recordDossierResult: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date-time
           * @example 2026-02-13T09:30:00+07:00
           */
          at?: string;
          /** @enum {string} */
          kind: 'approved' | 'refused' | 'withdrawn' | 'stopped';
          note?: string;
          number?: string;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierDetail'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  returnDossier: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date-time
           * @example 2026-02-13T09:30:00+07:00
           */
          at?: string;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierDetail'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  updateDossierStep: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        stepId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          assigneeUserId?: string | null;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierDetail'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  completeDossierStep: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        stepId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierDetail'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createDossierSupplementRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date-time
           * @example 2026-02-13T09:30:00+07:00
           */
          at?: string;
          reason: string;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierDetail'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  recordDossierSupplementSupplied: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        supplementId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date-time
           * @example 2026-02-13T09:30:00+07:00
           */
          at?: string;
          note?: string;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierDetail'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getDossiersAttention: {
    parameters: {
      query?: {
        boardId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierAttention'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createDossiersSubmission: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          applicant?: {
            address?: string;
            /** Format: email */
            email?: string;
            name?: string;
            phone?: string;
            taxCode?: string;
          };
          /** Format: uuid */
          procedureId: string;
          summary?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierDetail'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listEmulationMovements: {
    parameters: {
      query?: {
        bloc?: string;
        board?: string;
        page?: number;
        pageSize?: number;
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmulationMovementList'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createEmulationMovement: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @example DBSH */
          bloc?: string;
          board?: string;
          /** @default  */
          content?: string;
          /**
           * Format: date
           * @example 2019-11-30
           */
          endsOn: string;
          /** @enum {string} */
          kind: 'regular' | 'thematic';
          name: string;
          organiser: string;
          /**
           * Format: date
           * @example 2019-11-30
           */
          startsOn: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmulationMovement'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getEmulationMovement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmulationMovement'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  deleteEmulationMovement: {
    parameters: {
      query: {
        version: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  updateEmulationMovement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          content?: string;
          /**
           * Format: date
           * @example 2019-11-30
           */
          endsOn?: string;
          /** @enum {string} */
          kind?: 'regular' | 'thematic';
          name?: string;
          organiser?: string;
          /**
           * Format: date
           * @example 2019-11-30
           */
          startsOn?: string;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmulationMovement'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listEnterpriseReports: {
    parameters: {
      query?: {
        boardId?: string;
        enterpriseId?: string;
        investmentType?: 'FDI' | 'DDI';
        page?: number;
        pageSize?: number;
        period?: string;
        q?: string;
        status?: ('draft' | 'submitted' | 'returned' | 'accepted')[];
        zoneId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['EnterpriseReport'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getEnterpriseReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            averageIncomeVnd: string | null;
            /** Format: uuid */
            boardId: string;
            budgetPaidUsd: string | null;
            budgetPaidVnd: string | null;
            checks: components['schemas']['StatisticsCheck'][];
            comments: {
              [key: string]: string;
            };
            /** Format: date-time */
            createdAt: string;
            daysLate: number;
            dueDate: string;
            /** Format: uuid */
            enterpriseId: string;
            enterpriseName: string;
            exportUsd: string | null;
            history: {
              action: string;
              actorLabel: string;
              /** Format: uuid */
              actorUserId: string | null;
              after: unknown;
              /** Format: date-time */
              at: string;
              before: unknown;
              entityType: string;
              id: number;
            }[];
            /** Format: uuid */
            id: string;
            importUsd: string | null;
            insuredWorkers: number | null;
            /** @enum {string} */
            investmentType: 'FDI' | 'DDI';
            overdue: boolean;
            period: string;
            productionValueVnd: string | null;
            returnReason: string | null;
            revenueUsd: string | null;
            revenueVnd: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
            /** Format: uuid */
            reviewedBy: string | null;
            /** @enum {string} */
            status: 'draft' | 'submitted' | 'returned' | 'accepted';
            /** Format: date-time */
            submittedAt: string | null;
            taxCode: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            workers: number | null;
            /** Format: uuid */
            zoneId: string;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  acceptEnterpriseReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EnterpriseReport'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  returnEnterpriseReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EnterpriseReport'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  submitEnterpriseReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comments?: {
            [key: string]: string;
          };
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            averageIncomeVnd: string | null;
            /** Format: uuid */
            boardId: string;
            budgetPaidUsd: string | null;
            budgetPaidVnd: string | null;
            checks: components['schemas']['StatisticsCheck'][];
            comments: {
              [key: string]: string;
            };
            /** Format: date-time */
            createdAt: string;
            daysLate: number;
            dueDate: string;
            /** Format: uuid */
            enterpriseId: string;
            enterpriseName: string;
            exportUsd: string | null;
            /** Format: uuid */
            id: string;
            importUsd: string | null;
            insuredWorkers: number | null;
            /** @enum {string} */
            investmentType: 'FDI' | 'DDI';
            overdue: boolean;
            period: string;
            productionValueVnd: string | null;
            returnReason: string | null;
            revenueUsd: string | null;
            revenueVnd: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
            /** Format: uuid */
            reviewedBy: string | null;
            /** @enum {string} */
            status: 'draft' | 'submitted' | 'returned' | 'accepted';
            /** Format: date-time */
            submittedAt: string | null;
            taxCode: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            workers: number | null;
            /** Format: uuid */
            zoneId: string;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createEnterpriseReportUnlockRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportUnlockRequest'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listEnterprises: {
    parameters: {
      query?: {
        boardId?: string;
        /** @description xlsx: every matching row as an Excel workbook (page and pageSize ignored; at most 50 000 rows, else 422 LIST_DOWNLOAD_TOO_LARGE) */
        format?: 'xlsx';
        investmentType?: 'FDI' | 'DDI';
        operating?: 'operating' | 'ceased';
        page?: number;
        pageSize?: number;
        period?: string;
        q?: string;
        zoneId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of enterprises; with format=xlsx, an Excel workbook of every matching row */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Enterprise'][];
            page: number;
            pageSize: number;
            total: number;
          };
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createEnterprise: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          investmentType: 'FDI' | 'DDI';
          name: string;
          /**
           * Format: date
           * @example 2019-11-30
           */
          operatingSince?: string | null;
          /**
           * Format: date
           * @example 2019-11-30
           */
          operatingUntil?: string | null;
          projectIds?: string[];
          /** @example 1000123456 */
          taxCode: string;
          /** Format: uuid */
          zoneId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Enterprise'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  setEnterpriseReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        enterpriseId: string;
        period: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @example 4466777000000 */
          averageIncomeVnd?: string | null;
          /** @example 15000000.00 */
          budgetPaidUsd?: string | null;
          /** @example 4466777000000 */
          budgetPaidVnd?: string | null;
          /** @example 15000000.00 */
          exportUsd?: string | null;
          /** @example 15000000.00 */
          importUsd?: string | null;
          insuredWorkers?: number | null;
          /** @example 4466777000000 */
          productionValueVnd?: string | null;
          /** @example 15000000.00 */
          revenueUsd?: string | null;
          /** @example 4466777000000 */
          revenueVnd?: string | null;
          /** @description Version read before editing (optimistic lock) */
          version?: number;
          workers?: number | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            averageIncomeVnd: string | null;
            /** Format: uuid */
            boardId: string;
            budgetPaidUsd: string | null;
            budgetPaidVnd: string | null;
            checks: components['schemas']['StatisticsCheck'][];
            comments: {
              [key: string]: string;
            };
            /** Format: date-time */
            createdAt: string;
            daysLate: number;
            dueDate: string;
            /** Format: uuid */
            enterpriseId: string;
            enterpriseName: string;
            exportUsd: string | null;
            /** Format: uuid */
            id: string;
            importUsd: string | null;
            insuredWorkers: number | null;
            /** @enum {string} */
            investmentType: 'FDI' | 'DDI';
            overdue: boolean;
            period: string;
            productionValueVnd: string | null;
            returnReason: string | null;
            revenueUsd: string | null;
            revenueVnd: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
            /** Format: uuid */
            reviewedBy: string | null;
            /** @enum {string} */
            status: 'draft' | 'submitted' | 'returned' | 'accepted';
            /** Format: date-time */
            submittedAt: string | null;
            taxCode: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            workers: number | null;
            /** Format: uuid */
            zoneId: string;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getEnterprise: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EnterpriseDetail'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  updateEnterprise: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          investmentType?: 'FDI' | 'DDI';
          name?: string;
          /**
           * Format: date
           * @example 2019-11-30
           */
          operatingSince?: string | null;
          /**
           * Format: date
           * @example 2019-11-30
           */
          operatingUntil?: string | null;
          projectIds?: string[];
          /** @example 1000123456 */
          taxCode?: string;
          /** @description Version read before editing (optimistic lock) */
          version: number;
          /** Format: uuid */
          zoneId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Enterprise'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listEnterpriseAccounts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['EnterpriseAccountUser'][];
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createEnterpriseAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          fullName: string;
          username: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            password: string;
            user: {
              /** Format: uuid */
              id: string;
              username: string;
            };
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  updateEnterpriseAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          disabled: boolean;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EnterpriseAccountUser'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  resetEnterpriseAccountPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            password: string;
            user: {
              /** Format: uuid */
              id: string;
              username: string;
            };
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listInvestors: {
    parameters: {
      query?: {
        boardId?: string[];
        country?: components['schemas']['CountryCode'][];
        page?: number;
        pageSize?: number;
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Investor'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createInvestor: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          boardId?: string;
          country: components['schemas']['CountryCode'];
          name: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Investor'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getInvestor: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Investor'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  updateInvestor: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          country?: components['schemas']['CountryCode'];
          name?: string;
          /** @description Why the record is corrected or deleted (5–500 characters), kept in the audit log */
          reason: string;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Investor'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listLicensingEvents: {
    parameters: {
      query?: {
        boardId?: string[];
        change?: 'increase' | 'decrease';
        /** @description xlsx: every matching row as an Excel workbook (page and pageSize ignored; at most 50 000 rows, else 422 LIST_DOWNLOAD_TOO_LARGE) */
        format?: 'xlsx';
        from?: string;
        investmentType?: ('FDI' | 'DDI')[];
        kind?: ('new' | 'adjustment' | 'termination')[];
        page?: number;
        pageSize?: number;
        projectId?: string;
        to?: string;
        zoneId?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of licensing events; with format=xlsx, an Excel workbook of every matching row */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['BoardLicensingEvent'][];
            page: number;
            pageSize: number;
            total: number;
          };
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  deleteLicensingEvent: {
    parameters: {
      query: {
        /** @description Why the record is corrected or deleted (5–500 characters), kept in the audit log */
        reason: string;
        version: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectDetail'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  updateLicensingEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @example 15000000.00 */
          capitalUsd?: string | null;
          /**
           * @description Whole đồng as a string of digits
           * @example 4466777000000
           */
          capitalVnd?: string | null;
          /**
           * Format: date
           * @example 2019-11-30
           */
          date?: string;
          documentNo?: string;
          note?: string | null;
          /** @description Why the record is corrected or deleted (5–500 characters), kept in the audit log */
          reason: string;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectDetail'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getOneStopOffice: {
    parameters: {
      query?: {
        boardId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OneStopOffice'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  setOneStopOffice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          address?: string | null;
          /** Format: uuid */
          boardId?: string;
          codePrefix: string;
          counterName?: string | null;
          hours?: string | null;
          phone?: string | null;
          /** @description Version read before editing (optimistic lock) */
          version?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OneStopOffice'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listOneStopProcedures: {
    parameters: {
      query?: {
        boardId?: string;
        field?: string;
        includeRetired?: 'true' | 'false';
        onDate?: string;
        page?: number;
        pageSize?: number;
        search?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ProcedureInForce'][];
            /**
             * Format: date
             * @example 2019-11-30
             */
            onDate: string;
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createOneStopProcedure: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          boardId?: string;
          /** @example BQL-DT-02 */
          code: string;
          deadline: {
            /** @enum {string} */
            unit: 'working_days' | 'days';
            value: number;
          };
          /** @default [] */
          documents?: {
            copies: number;
            name: string;
            note?: string | null;
            originals: number;
          }[];
          /**
           * Format: date
           * @example 2019-11-30
           */
          effectiveFrom: string;
          fee?: string | null;
          field: string;
          legalBasis?: string | null;
          name: string;
          /** @enum {string} */
          onlineLevel: 'full' | 'partial' | 'none';
          resultName?: string | null;
          /** @default [] */
          steps?: {
            department: string;
            name: string;
            workingDays: number;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Procedure'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getOneStopProcedure: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Procedure'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  retireOneStopProcedure: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date
           * @example 2019-11-30
           */
          retiredOn: string | null;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Procedure'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createOneStopProcedureVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          deadline: {
            /** @enum {string} */
            unit: 'working_days' | 'days';
            value: number;
          };
          /** @default [] */
          documents?: {
            copies: number;
            name: string;
            note?: string | null;
            originals: number;
          }[];
          /**
           * Format: date
           * @example 2019-11-30
           */
          effectiveFrom: string;
          fee?: string | null;
          field: string;
          legalBasis?: string | null;
          name: string;
          /** @enum {string} */
          onlineLevel: 'full' | 'partial' | 'none';
          resultName?: string | null;
          /** @default [] */
          steps?: {
            department: string;
            name: string;
            workingDays: number;
          }[];
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Procedure'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  updateOneStopProcedureVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        versionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          deadline?: {
            /** @enum {string} */
            unit: 'working_days' | 'days';
            value: number;
          };
          documents?: {
            copies: number;
            name: string;
            note?: string | null;
            originals: number;
          }[];
          /**
           * Format: date
           * @example 2019-11-30
           */
          effectiveFrom?: string;
          fee?: string | null;
          field?: string;
          legalBasis?: string | null;
          name?: string;
          /** @enum {string} */
          onlineLevel?: 'full' | 'partial' | 'none';
          resultName?: string | null;
          steps?: {
            department: string;
            name: string;
            workingDays: number;
          }[];
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Procedure'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  exportPackage: {
    parameters: {
      query?: {
        board?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataPackage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  importPackage: {
    parameters: {
      query?: {
        dryRun?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DataPackageInput'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportSummary'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listProjects: {
    parameters: {
      query?: {
        boardId?: string[];
        /** @description xlsx: every matching row as an Excel workbook (page and pageSize ignored; at most 50 000 rows, else 422 LIST_DOWNLOAD_TOO_LARGE) */
        format?: 'xlsx';
        inForceAt?: string;
        investmentType?: ('FDI' | 'DDI')[];
        investorId?: string;
        licensedFrom?: string;
        licensedTo?: string;
        page?: number;
        pageSize?: number;
        q?: string;
        sort?:
          | 'code'
          | 'name'
          | 'licensedOn'
          | '-licensedOn'
          | 'registeredCapitalVnd'
          | '-registeredCapitalVnd'
          | 'implementedVnd'
          | '-implementedVnd';
        status?: ('active' | 'terminated')[];
        zoneId?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of projects; with format=xlsx, an Excel workbook of every matching row */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Project'][];
            page: number;
            pageSize: number;
            total: number;
          };
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createProject: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          boardId?: string;
          certificate: {
            /** @example 15000000.00 */
            capitalUsd?: string | null;
            /**
             * @description Whole đồng as a string of digits
             * @example 4466777000000
             */
            capitalVnd: string;
            /**
             * Format: date
             * @example 2019-11-30
             */
            date: string;
            documentNo: string;
            note?: string | null;
          };
          /** @example 2121000123 */
          code: string;
          /** @enum {string} */
          investmentType: 'FDI' | 'DDI';
          investors: (
            | {
                /** Format: uuid */
                investorId: string;
              }
            | {
                country: components['schemas']['CountryCode'];
                name: string;
              }
          )[];
          /**
           * @description Hectares as a decimal string
           * @example 120.5
           */
          landHa?: string | null;
          name: string;
          /** @example C2610 */
          sector?: string | null;
          /** Format: uuid */
          zoneId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectDetail'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getProject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectDetail'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  deleteProject: {
    parameters: {
      query: {
        version: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  updateProject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          investmentType?: 'FDI' | 'DDI';
          investors?: (
            | {
                /** Format: uuid */
                investorId: string;
              }
            | {
                country: components['schemas']['CountryCode'];
                name: string;
              }
          )[];
          /**
           * @description Hectares as a decimal string
           * @example 120.5
           */
          landHa?: string | null;
          name?: string;
          /** @example C2610 */
          sector?: string | null;
          /** @description Version read before editing (optimistic lock) */
          version: number;
          /** Format: uuid */
          zoneId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectDetail'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createProjectCapitalImplementation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date
           * @example 2019-11-30
           */
          asOf: string;
          /**
           * @description Whole đồng as a string of digits
           * @example 4466777000000
           */
          implementedVnd: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectDetailWithWarnings'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createProjectLicensingEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @example 15000000.00 */
          capitalUsd?: string | null;
          /**
           * @description Whole đồng as a string of digits
           * @example 4466777000000
           */
          capitalVnd?: string | null;
          /**
           * Format: date
           * @example 2019-11-30
           */
          date: string;
          documentNo: string;
          /** @enum {string} */
          kind: 'adjustment' | 'termination';
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectDetail'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listProvinceTotals: {
    parameters: {
      query?: {
        boardId?: string;
        period?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ProvinceTotal'][];
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  setProvinceTotals: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          boardId?: string;
          /** @enum {string} */
          indicator:
            | 'productionValueVnd'
            | 'revenueVnd'
            | 'exportUsd'
            | 'importUsd'
            | 'budgetPaidVnd'
            | 'workers'
            | 'newJobs'
            | 'attractedCapitalVnd';
          /** @example 2019 */
          period: string;
          value: string;
          /** @description Version read before editing (optimistic lock) */
          version?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProvinceTotal'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  deleteProvinceTotal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listProvinces: {
    parameters: {
      query?: {
        on?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Provinces'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createPublicDossier: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          applicant: {
            address?: string;
            /** Format: email */
            email: string;
            name: string;
            phone?: string;
          };
          boardCode: string;
          procedureCode: string;
          startedAt: number;
          summary: string;
          website?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicDossierSubmission'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getPublicDossier: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicDossier'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  confirmPublicDossier: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            /** @enum {string} */
            status:
              | 'unconfirmed'
              | 'submitted'
              | 'not_accepted'
              | 'processing'
              | 'awaiting_supplement'
              | 'resolved'
              | 'returned';
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listPublicProcedures: {
    parameters: {
      query: {
        board: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            board: {
              code: string;
              name: string;
            };
            items: components['schemas']['PublicProcedure'][];
            /**
             * Format: date
             * @example 2019-11-30
             */
            onDate: string;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listRemindersMine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyReminders'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listReportingPeriods: {
    parameters: {
      query?: {
        boardId?: string;
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportingPeriod'][];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createReportingPeriod: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          boardId?: string;
          /**
           * Format: date
           * @example 2019-11-30
           */
          dueDate?: string;
          open?: boolean;
          /** @example 2019-Q3 */
          period: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportingPeriod'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  updateReportingPeriod: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date
           * @example 2019-11-30
           */
          dueDate?: string;
          open?: boolean;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportingPeriod'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listReportingSchedules: {
    parameters: {
      query?: {
        boardId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportingSchedule'][];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  setReportingSchedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        periodKind: 'month' | 'quarter' | 'half' | 'year';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          boardId?: string;
          collected: boolean;
          dueDay: number;
          dueMonthsAfter: number;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportingSchedule'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getReportsBloc: {
    parameters: {
      query: {
        bloc: string;
        /** @description The date whose boards' boundaries count in both periods: the zones each member held that day (default: the period's last day). */
        boundariesAsOf?: string;
        /** @description Word: the document's date (default: today in Vietnam) */
        date?: string;
        /** @description json (default), docx: the Word report (Decree 30/2020/NĐ-CP), xlsx: the Excel statistical form */
        format?: 'json' | 'docx' | 'xlsx';
        /** @description Word: the document number, e.g. 125/BC-BQL (5 → 05/BC-BQL) */
        number?: string;
        period: string;
        /** @description Word: the signer's name */
        signer?: string;
        /** @description Word: the signer's title, e.g. Trưởng ban (a line break for KT. Trưởng ban / Phó Trưởng ban) */
        signerTitle?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bloc's consolidated report; with format=docx the Word report (Decree 30 layout), with format=xlsx the Excel statistical form */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BlocReport'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getReportsDossiers: {
    parameters: {
      query: {
        board?: string[];
        /** @description Word: the document's date (default: today in Vietnam) */
        date?: string;
        /** @description json (default), docx: the Word report (Decree 30/2020/NĐ-CP), xlsx: the Excel statistical form */
        format?: 'json' | 'docx' | 'xlsx';
        from: string;
        /** @description Word: the document number, e.g. 125/BC-BQL (5 → 05/BC-BQL) */
        number?: string;
        /** @description Word: the signer's name */
        signer?: string;
        /** @description Word: the signer's title, e.g. Trưởng ban (a line break for KT. Trưởng ban / Phó Trưởng ban) */
        signerTitle?: string;
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The dossiers statistics report; with format=docx the Word report (Decree 30 layout), with format=xlsx the Excel statistical form */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossiersReport'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getReportsInvestment: {
    parameters: {
      query: {
        board?: string[];
        /** @description The date whose boards' boundaries count: the zones each board held that day (default: the report's end date). */
        boundariesAsOf?: string;
        /** @description Word: the document's date (default: today in Vietnam) */
        date?: string;
        /** @description json (default), docx: the Word report (Decree 30/2020/NĐ-CP), xlsx: the Excel statistical form */
        format?: 'json' | 'docx' | 'xlsx';
        from: string;
        /** @description Word: the document number, e.g. 125/BC-BQL (5 → 05/BC-BQL) */
        number?: string;
        /** @description Word: the signer's name */
        signer?: string;
        /** @description Word: the signer's title, e.g. Trưởng ban (a line break for KT. Trưởng ban / Phó Trưởng ban) */
        signerTitle?: string;
        to: string;
        zone?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The investment report; with format=docx the Word report (Decree 30 layout), with format=xlsx the Excel statistical form */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvestmentReport'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getReportsInvestmentMonthly: {
    parameters: {
      query: {
        board?: string[];
        /** @description The date whose boards' boundaries count: the zones each board held that day (default: the report's end date). */
        boundariesAsOf?: string;
        from: string;
        to: string;
        zone?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvestmentByMonth'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getReportsPeriodic: {
    parameters: {
      query: {
        board?: string[];
        /** @description Word: the document's date (default: today in Vietnam) */
        date?: string;
        /** @description json (default), docx: the Word report (Decree 30/2020/NĐ-CP), xlsx: the Excel statistical form */
        format?: 'json' | 'docx' | 'xlsx';
        /** @description Word: the document number, e.g. 125/BC-BQL (5 → 05/BC-BQL) */
        number?: string;
        period: string;
        /** @description Word: the signer's name */
        signer?: string;
        /** @description Word: the signer's title, e.g. Trưởng ban (a line break for KT. Trưởng ban / Phó Trưởng ban) */
        signerTitle?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The periodic report: the three reports for the period, the investment report a year earlier, the year's targets; with format=docx the Word report (Decree 30 layout), with format=xlsx the Excel statistical form */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PeriodicReport'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getReportsProduction: {
    parameters: {
      query: {
        board?: string[];
        /** @description The date whose boards' boundaries count: the zones each board held that day (default: the report's end date). */
        boundariesAsOf?: string;
        /** @description Word: the document's date (default: today in Vietnam) */
        date?: string;
        /** @description json (default), docx: the Word report (Decree 30/2020/NĐ-CP), xlsx: the Excel statistical form */
        format?: 'json' | 'docx' | 'xlsx';
        /** @description Word: the document number, e.g. 125/BC-BQL (5 → 05/BC-BQL) */
        number?: string;
        period: string;
        /** @description Word: the signer's name */
        signer?: string;
        /** @description Word: the signer's title, e.g. Trưởng ban (a line break for KT. Trưởng ban / Phó Trưởng ban) */
        signerTitle?: string;
        zone?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The production report; with format=docx the Word report (Decree 30 layout), with format=xlsx the Excel statistical form */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductionReport'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getReportsZones: {
    parameters: {
      query: {
        asOf: string;
        board?: string[];
        /** @description The date whose boards' boundaries count: the zones each board held that day (default: the report's end date). */
        boundariesAsOf?: string;
        /** @description Word: the document's date (default: today in Vietnam) */
        date?: string;
        /** @description json (default), docx: the Word report (Decree 30/2020/NĐ-CP), xlsx: the Excel statistical form */
        format?: 'json' | 'docx' | 'xlsx';
        /** @description Word: the document number, e.g. 125/BC-BQL (5 → 05/BC-BQL) */
        number?: string;
        /** @description Word: the signer's name */
        signer?: string;
        /** @description Word: the signer's title, e.g. Trưởng ban (a line break for KT. Trưởng ban / Phó Trưởng ban) */
        signerTitle?: string;
        zone?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The zones report; with format=docx the Word report (Decree 30 layout), with format=xlsx the Excel statistical form */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ZonesReport'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getStatisticsCompleteness: {
    parameters: {
      query: {
        boardId?: string;
        /** @description xlsx: every matching row as an Excel workbook (page and pageSize ignored; at most 50 000 rows, else 422 LIST_DOWNLOAD_TOO_LARGE) */
        format?: 'xlsx';
        period: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The period’s completeness, every expected enterprise; with format=xlsx, an Excel workbook of every matching row */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatisticsCompleteness'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  exportStatisticsExcel: {
    parameters: {
      query: {
        /** @description The board; defaults to the actor's board when the actor sees one board */
        boardId?: string;
        /** @description Kỳ báo cáo: "2019", "2019-H1", "2019-Q3" or "2019-11" */
        period: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The reports (.xlsx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  importStatisticsExcel: {
    parameters: {
      query: {
        /** @description The board; defaults to the actor's board when the actor sees one board */
        boardId?: string;
        dryRun?: 'true' | 'false';
        /** @description Kỳ báo cáo: "2019", "2019-H1", "2019-Q3" or "2019-11" */
        period: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The file, as the raw body */
    requestBody: {
      content: {
        'application/octet-stream': string;
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatisticsExcelImportResult'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getStatisticsExcelTemplate: {
    parameters: {
      query: {
        /** @description The board; defaults to the actor's board when the actor sees one board */
        boardId?: string;
        /** @description Kỳ báo cáo: "2019", "2019-H1", "2019-Q3" or "2019-11" */
        period: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The template (.xlsx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listStatisticsExchangeRates: {
    parameters: {
      query?: {
        boardId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExchangeRate'][];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  setStatisticsExchangeRates: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          boardId?: string;
          /** @example 2019-Q3 */
          period: string;
          /** @description Version read before editing (optimistic lock) */
          version?: number;
          /** @example 23155 */
          vndPerUsd: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExchangeRate'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listStatisticsReminders: {
    parameters: {
      query: {
        boardId?: string;
        period: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatisticsReminders'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createStatisticsReminder: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          boardId?: string;
          /** @example 2019 */
          period: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RemindersSent'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listStatisticsRemindersSent: {
    parameters: {
      query: {
        boardId?: string;
        period: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SentReminders'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listStatisticsRules: {
    parameters: {
      query?: {
        boardId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatisticsRule'][];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  setStatisticsRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          boardId?: string;
          /** @default {} */
          params?: {
            [key: string]: number;
          };
          /** @enum {string} */
          severity: 'hard' | 'soft' | 'off';
          /** @description Version read before editing (optimistic lock) */
          version?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatisticsRule'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listTargets: {
    parameters: {
      query?: {
        boardId?: string;
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Target'][];
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  setTargets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          boardId?: string;
          /** @enum {string} */
          indicator:
            | 'productionValueVnd'
            | 'revenueVnd'
            | 'exportUsd'
            | 'importUsd'
            | 'budgetPaidVnd'
            | 'workers'
            | 'newJobs'
            | 'attractedCapitalVnd';
          targetGrowthPct?: number | null;
          targetValue?: string | null;
          /** @description Version read before editing (optimistic lock) */
          version?: number;
          year: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Target'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  deleteTarget: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listUnlockRequests: {
    parameters: {
      query?: {
        boardId?: string;
        page?: number;
        pageSize?: number;
        reportId?: string;
        status?: ('pending' | 'granted' | 'refused')[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ReportUnlockRequest'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  grantUnlockRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportUnlockRequest'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  refuseUnlockRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportUnlockRequest'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['User'][];
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          blocId?: string;
          /** Format: uuid */
          boardId?: string;
          /** Format: email */
          email?: string | null;
          fullName: string;
          password?: string;
          /** @enum {string} */
          role: 'admin' | 'leader' | 'staff' | 'viewer' | 'enterprise';
          /**
           * @default board
           * @enum {string}
           */
          scope?: 'board' | 'bloc' | 'national';
          username: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            generatedPassword: string | null;
            user: components['schemas']['User'];
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  updateUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          disabled?: boolean;
          /** Format: email */
          email?: string | null;
          fullName?: string;
          /** @enum {string} */
          role?: 'admin' | 'leader' | 'staff' | 'viewer' | 'enterprise';
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  resetUserPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            password: string;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  listZones: {
    parameters: {
      query?: {
        asOf?: string;
        boardId?: string[];
        kind?: ('KCN' | 'KKT' | 'KCX')[];
        page?: number;
        pageSize?: number;
        q?: string;
        sort?: 'code' | 'name' | '-areaHa';
        status?: ('planned' | 'established' | 'under_construction' | 'operating')[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Zone'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createZone: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description Hectares as a decimal string
           * @example 120.5
           */
          areaHa: string;
          /** Format: uuid */
          boardId?: string;
          code: string;
          developer?: string | null;
          /**
           * @description Hectares as a decimal string
           * @example 120.5
           */
          industrialLandHa?: string | null;
          /** @enum {string} */
          kind: 'KCN' | 'KKT' | 'KCX';
          /**
           * @description Hectares as a decimal string
           * @example 120.5
           */
          leasedLandHa?: string | null;
          name: string;
          /** @enum {string} */
          status: 'planned' | 'established' | 'under_construction' | 'operating';
          statusHistory?: {
            /**
             * Format: date
             * @example 2019-11-30
             */
            since: string;
            /** @enum {string} */
            status: 'planned' | 'established' | 'under_construction' | 'operating';
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Zone'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  getZone: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Zone'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  updateZone: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description Hectares as a decimal string
           * @example 120.5
           */
          areaHa?: string;
          developer?: string | null;
          /**
           * @description Hectares as a decimal string
           * @example 120.5
           */
          industrialLandHa?: string | null;
          /** @enum {string} */
          kind?: 'KCN' | 'KKT' | 'KCX';
          /**
           * @description Hectares as a decimal string
           * @example 120.5
           */
          leasedLandHa?: string | null;
          name?: string;
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Zone'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  createZoneStatusChange: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date
           * @example 2019-11-30
           */
          since: string;
          /** @enum {string} */
          status: 'planned' | 'established' | 'under_construction' | 'operating';
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Zone'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  setZoneStatusHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          statusHistory: {
            /**
             * Format: date
             * @example 2019-11-30
             */
            since: string;
            /** @enum {string} */
            status: 'planned' | 'established' | 'under_construction' | 'operating';
          }[];
          /** @description Version read before editing (optimistic lock) */
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Zone'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  transferZone: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        zoneCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          board: string;
          decision?: string;
          /**
           * Format: date
           * @example 2019-11-30
           */
          on: string;
          to: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ZoneTransfer'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not signed in, or the session or token has ended (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body is larger than the route accepts (PAYLOAD_TOO_LARGE) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Refused by a rule of the domain; the code names the rule, `details` the records involved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Too many requests; try again later (RATE_LIMITED) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
}
