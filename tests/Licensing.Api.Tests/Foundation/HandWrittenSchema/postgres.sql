-- A PostgreSQL database as the hand-written migrations (up to 20261204050000_HangfireScheduling) left it, made by
-- `migrate` at commit bbd468e (the set c6b7318 shipped) and dumped with pg_dump --inserts -N hangfire. Frozen: the baseline step's fixture (ADR-023).
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: audit_entries_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_entries_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN RAISE EXCEPTION 'The audit trail is append-only'; END $$;


--
-- Name: count_deployment_movements(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.count_deployment_movements() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO "WorkerMovementCounts" ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", "Deployments", "Returns", "Repatriations")
SELECT "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", 1 * SUM("Deployments"), 1 * SUM("Returns"), 1 * SUM("Repatriations")
FROM (SELECT to_char(d."Departure_DepartedOn", 'YYYY-MM') AS "Month", d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode" AS "ProvinceCode",
    1 AS "Deployments", 0 AS "Returns", 0 AS "Repatriations"
FROM new_rows AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
WHERE d."Departure_DepartedOn" IS NOT NULL
UNION ALL
SELECT to_char(d."Return_ReturnedOn", 'YYYY-MM'), d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode", 0, 1, 0
FROM new_rows AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
WHERE d."Return_ReturnedOn" IS NOT NULL) AS c
GROUP BY "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode"
ON CONFLICT ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode") DO UPDATE SET
    "Deployments" = "WorkerMovementCounts"."Deployments" + excluded."Deployments",
    "Returns" = "WorkerMovementCounts"."Returns" + excluded."Returns",
    "Repatriations" = "WorkerMovementCounts"."Repatriations" + excluded."Repatriations";
INSERT INTO "AgencyDeploymentCounts" ("AgencyId", "Deployed")
SELECT d."AgencyId", 1 * COUNT(*) FROM new_rows AS d WHERE d."Departure_DepartedOn" IS NOT NULL GROUP BY d."AgencyId"
ON CONFLICT ("AgencyId") DO UPDATE SET "Deployed" = "AgencyDeploymentCounts"."Deployed" + excluded."Deployed";
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO "WorkerMovementCounts" ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", "Deployments", "Returns", "Repatriations")
SELECT "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", -1 * SUM("Deployments"), -1 * SUM("Returns"), -1 * SUM("Repatriations")
FROM (SELECT to_char(d."Departure_DepartedOn", 'YYYY-MM') AS "Month", d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode" AS "ProvinceCode",
    1 AS "Deployments", 0 AS "Returns", 0 AS "Repatriations"
FROM old_rows AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
WHERE d."Departure_DepartedOn" IS NOT NULL
UNION ALL
SELECT to_char(d."Return_ReturnedOn", 'YYYY-MM'), d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode", 0, 1, 0
FROM old_rows AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
WHERE d."Return_ReturnedOn" IS NOT NULL) AS c
GROUP BY "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode"
ON CONFLICT ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode") DO UPDATE SET
    "Deployments" = "WorkerMovementCounts"."Deployments" + excluded."Deployments",
    "Returns" = "WorkerMovementCounts"."Returns" + excluded."Returns",
    "Repatriations" = "WorkerMovementCounts"."Repatriations" + excluded."Repatriations";
INSERT INTO "AgencyDeploymentCounts" ("AgencyId", "Deployed")
SELECT d."AgencyId", -1 * COUNT(*) FROM old_rows AS d WHERE d."Departure_DepartedOn" IS NOT NULL GROUP BY d."AgencyId"
ON CONFLICT ("AgencyId") DO UPDATE SET "Deployed" = "AgencyDeploymentCounts"."Deployed" + excluded."Deployed";
    ELSE
        INSERT INTO "WorkerMovementCounts" ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", "Deployments", "Returns", "Repatriations")
SELECT "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", -1 * SUM("Deployments"), -1 * SUM("Returns"), -1 * SUM("Repatriations")
FROM (SELECT to_char(d."Departure_DepartedOn", 'YYYY-MM') AS "Month", d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode" AS "ProvinceCode",
    1 AS "Deployments", 0 AS "Returns", 0 AS "Repatriations"
FROM (SELECT o.* FROM old_rows o JOIN new_rows n ON n."Id" = o."Id" WHERE o."Departure_DepartedOn" IS DISTINCT FROM n."Departure_DepartedOn" OR o."Return_ReturnedOn" IS DISTINCT FROM n."Return_ReturnedOn") AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
WHERE d."Departure_DepartedOn" IS NOT NULL
UNION ALL
SELECT to_char(d."Return_ReturnedOn", 'YYYY-MM'), d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode", 0, 1, 0
FROM (SELECT o.* FROM old_rows o JOIN new_rows n ON n."Id" = o."Id" WHERE o."Departure_DepartedOn" IS DISTINCT FROM n."Departure_DepartedOn" OR o."Return_ReturnedOn" IS DISTINCT FROM n."Return_ReturnedOn") AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
WHERE d."Return_ReturnedOn" IS NOT NULL) AS c
GROUP BY "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode"
ON CONFLICT ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode") DO UPDATE SET
    "Deployments" = "WorkerMovementCounts"."Deployments" + excluded."Deployments",
    "Returns" = "WorkerMovementCounts"."Returns" + excluded."Returns",
    "Repatriations" = "WorkerMovementCounts"."Repatriations" + excluded."Repatriations";
INSERT INTO "AgencyDeploymentCounts" ("AgencyId", "Deployed")
SELECT d."AgencyId", -1 * COUNT(*) FROM (SELECT o.* FROM old_rows o JOIN new_rows n ON n."Id" = o."Id" WHERE o."Departure_DepartedOn" IS DISTINCT FROM n."Departure_DepartedOn" OR o."Return_ReturnedOn" IS DISTINCT FROM n."Return_ReturnedOn") AS d WHERE d."Departure_DepartedOn" IS NOT NULL GROUP BY d."AgencyId"
ON CONFLICT ("AgencyId") DO UPDATE SET "Deployed" = "AgencyDeploymentCounts"."Deployed" + excluded."Deployed";
        INSERT INTO "WorkerMovementCounts" ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", "Deployments", "Returns", "Repatriations")
SELECT "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", 1 * SUM("Deployments"), 1 * SUM("Returns"), 1 * SUM("Repatriations")
FROM (SELECT to_char(d."Departure_DepartedOn", 'YYYY-MM') AS "Month", d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode" AS "ProvinceCode",
    1 AS "Deployments", 0 AS "Returns", 0 AS "Repatriations"
FROM (SELECT n.* FROM old_rows o JOIN new_rows n ON n."Id" = o."Id" WHERE o."Departure_DepartedOn" IS DISTINCT FROM n."Departure_DepartedOn" OR o."Return_ReturnedOn" IS DISTINCT FROM n."Return_ReturnedOn") AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
WHERE d."Departure_DepartedOn" IS NOT NULL
UNION ALL
SELECT to_char(d."Return_ReturnedOn", 'YYYY-MM'), d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode", 0, 1, 0
FROM (SELECT n.* FROM old_rows o JOIN new_rows n ON n."Id" = o."Id" WHERE o."Departure_DepartedOn" IS DISTINCT FROM n."Departure_DepartedOn" OR o."Return_ReturnedOn" IS DISTINCT FROM n."Return_ReturnedOn") AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
WHERE d."Return_ReturnedOn" IS NOT NULL) AS c
GROUP BY "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode"
ON CONFLICT ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode") DO UPDATE SET
    "Deployments" = "WorkerMovementCounts"."Deployments" + excluded."Deployments",
    "Returns" = "WorkerMovementCounts"."Returns" + excluded."Returns",
    "Repatriations" = "WorkerMovementCounts"."Repatriations" + excluded."Repatriations";
INSERT INTO "AgencyDeploymentCounts" ("AgencyId", "Deployed")
SELECT d."AgencyId", 1 * COUNT(*) FROM (SELECT n.* FROM old_rows o JOIN new_rows n ON n."Id" = o."Id" WHERE o."Departure_DepartedOn" IS DISTINCT FROM n."Departure_DepartedOn" OR o."Return_ReturnedOn" IS DISTINCT FROM n."Return_ReturnedOn") AS d WHERE d."Departure_DepartedOn" IS NOT NULL GROUP BY d."AgencyId"
ON CONFLICT ("AgencyId") DO UPDATE SET "Deployed" = "AgencyDeploymentCounts"."Deployed" + excluded."Deployed";
    END IF;
    RETURN NULL;
END $$;


--
-- Name: count_open_complaints(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.count_open_complaints() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO "OpenComplaintCounts" ("ProvinceCode", "OfficerName", "DueMonth", "Complaints")
SELECT c."Complainant_ProvinceCode", COALESCE(c."AssignedOfficerName", ''), to_char((CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END) AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM'), 1 * COUNT(*)
FROM new_rows AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2, 3
ON CONFLICT ("ProvinceCode", "OfficerName", "DueMonth") DO UPDATE SET "Complaints" = "OpenComplaintCounts"."Complaints" + excluded."Complaints";
INSERT INTO "AgencyOpenComplaintCounts" ("AgencyId", "DueMonth", "Complaints")
SELECT COALESCE(c."AgencyId", '00000000-0000-0000-0000-000000000000'::uuid), to_char((CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END) AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM'), 1 * COUNT(*)
FROM new_rows AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2
ON CONFLICT ("AgencyId", "DueMonth") DO UPDATE SET "Complaints" = "AgencyOpenComplaintCounts"."Complaints" + excluded."Complaints";
    ELSE
        INSERT INTO "OpenComplaintCounts" ("ProvinceCode", "OfficerName", "DueMonth", "Complaints")
SELECT c."Complainant_ProvinceCode", COALESCE(c."AssignedOfficerName", ''), to_char((CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END) AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM'), -1 * COUNT(*)
FROM old_rows AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2, 3
ON CONFLICT ("ProvinceCode", "OfficerName", "DueMonth") DO UPDATE SET "Complaints" = "OpenComplaintCounts"."Complaints" + excluded."Complaints";
INSERT INTO "AgencyOpenComplaintCounts" ("AgencyId", "DueMonth", "Complaints")
SELECT COALESCE(c."AgencyId", '00000000-0000-0000-0000-000000000000'::uuid), to_char((CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END) AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM'), -1 * COUNT(*)
FROM old_rows AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2
ON CONFLICT ("AgencyId", "DueMonth") DO UPDATE SET "Complaints" = "AgencyOpenComplaintCounts"."Complaints" + excluded."Complaints";
    END IF;
    RETURN NULL;
END $$;


--
-- Name: count_open_complaints_changed(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.count_open_complaints_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO "OpenComplaintCounts" ("ProvinceCode", "OfficerName", "DueMonth", "Complaints")
SELECT c."Complainant_ProvinceCode", COALESCE(c."AssignedOfficerName", ''), to_char((CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END) AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM'), -1 * COUNT(*)
FROM (SELECT OLD."Status" AS "Status", OLD."AcknowledgeBy" AS "AcknowledgeBy", OLD."ResolveBy" AS "ResolveBy", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."AssignedOfficerName" AS "AssignedOfficerName", OLD."AgencyId" AS "AgencyId") AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2, 3
ON CONFLICT ("ProvinceCode", "OfficerName", "DueMonth") DO UPDATE SET "Complaints" = "OpenComplaintCounts"."Complaints" + excluded."Complaints";
INSERT INTO "AgencyOpenComplaintCounts" ("AgencyId", "DueMonth", "Complaints")
SELECT COALESCE(c."AgencyId", '00000000-0000-0000-0000-000000000000'::uuid), to_char((CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END) AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM'), -1 * COUNT(*)
FROM (SELECT OLD."Status" AS "Status", OLD."AcknowledgeBy" AS "AcknowledgeBy", OLD."ResolveBy" AS "ResolveBy", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."AssignedOfficerName" AS "AssignedOfficerName", OLD."AgencyId" AS "AgencyId") AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2
ON CONFLICT ("AgencyId", "DueMonth") DO UPDATE SET "Complaints" = "AgencyOpenComplaintCounts"."Complaints" + excluded."Complaints";
    INSERT INTO "OpenComplaintCounts" ("ProvinceCode", "OfficerName", "DueMonth", "Complaints")
SELECT c."Complainant_ProvinceCode", COALESCE(c."AssignedOfficerName", ''), to_char((CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END) AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM'), 1 * COUNT(*)
FROM (SELECT NEW."Status" AS "Status", NEW."AcknowledgeBy" AS "AcknowledgeBy", NEW."ResolveBy" AS "ResolveBy", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."AssignedOfficerName" AS "AssignedOfficerName", NEW."AgencyId" AS "AgencyId") AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2, 3
ON CONFLICT ("ProvinceCode", "OfficerName", "DueMonth") DO UPDATE SET "Complaints" = "OpenComplaintCounts"."Complaints" + excluded."Complaints";
INSERT INTO "AgencyOpenComplaintCounts" ("AgencyId", "DueMonth", "Complaints")
SELECT COALESCE(c."AgencyId", '00000000-0000-0000-0000-000000000000'::uuid), to_char((CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END) AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM'), 1 * COUNT(*)
FROM (SELECT NEW."Status" AS "Status", NEW."AcknowledgeBy" AS "AcknowledgeBy", NEW."ResolveBy" AS "ResolveBy", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."AssignedOfficerName" AS "AssignedOfficerName", NEW."AgencyId" AS "AgencyId") AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2
ON CONFLICT ("AgencyId", "DueMonth") DO UPDATE SET "Complaints" = "AgencyOpenComplaintCounts"."Complaints" + excluded."Complaints";
    RETURN NULL;
END $$;


--
-- Name: count_received_complaints(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.count_received_complaints() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO "ReceivedComplaintCounts" ("Month", "Category", "ProvinceCode", "Outcome", "Complaints", "Decided", "DaysToDecide")
SELECT to_char((c."ReceivedAt") AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM'), c."Account_Category", c."Complainant_ProvinceCode", COALESCE(c."Outcome", ''),
    1 * COUNT(*), 1 * COUNT(c."DecidedAt"), 1 * COALESCE(SUM((date_part('epoch', c."DecidedAt") - date_part('epoch', c."ReceivedAt")) / 86400.0), 0.0)
FROM new_rows AS c GROUP BY 1, 2, 3, 4
ON CONFLICT ("Month", "Category", "ProvinceCode", "Outcome") DO UPDATE SET
    "Complaints" = "ReceivedComplaintCounts"."Complaints" + excluded."Complaints",
    "Decided" = "ReceivedComplaintCounts"."Decided" + excluded."Decided",
    "DaysToDecide" = "ReceivedComplaintCounts"."DaysToDecide" + excluded."DaysToDecide";
INSERT INTO "AgencyReceivedComplaintCounts" ("AgencyId", "Month", "ProvinceCode", "Complaints")
SELECT c."AgencyId", to_char((c."ReceivedAt") AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM'), c."Complainant_ProvinceCode", 1 * COUNT(*)
FROM new_rows AS c WHERE c."AgencyId" IS NOT NULL GROUP BY 1, 2, 3
ON CONFLICT ("AgencyId", "Month", "ProvinceCode") DO UPDATE SET "Complaints" = "AgencyReceivedComplaintCounts"."Complaints" + excluded."Complaints";
INSERT INTO "ComplaintDecisionTimes" ("Month", "ProvinceCode", "TenthsOfDays", "Complaints")
SELECT to_char((c."ReceivedAt") AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM'), c."Complainant_ProvinceCode", CAST(round((date_part('epoch', c."DecidedAt") - date_part('epoch', c."ReceivedAt")) / 8640.0) AS integer), 1 * COUNT(*)
FROM new_rows AS c WHERE c."DecidedAt" IS NOT NULL GROUP BY 1, 2, 3
ON CONFLICT ("Month", "ProvinceCode", "TenthsOfDays") DO UPDATE SET "Complaints" = "ComplaintDecisionTimes"."Complaints" + excluded."Complaints";
    ELSE
        INSERT INTO "ReceivedComplaintCounts" ("Month", "Category", "ProvinceCode", "Outcome", "Complaints", "Decided", "DaysToDecide")
SELECT to_char((c."ReceivedAt") AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM'), c."Account_Category", c."Complainant_ProvinceCode", COALESCE(c."Outcome", ''),
    -1 * COUNT(*), -1 * COUNT(c."DecidedAt"), -1 * COALESCE(SUM((date_part('epoch', c."DecidedAt") - date_part('epoch', c."ReceivedAt")) / 86400.0), 0.0)
FROM old_rows AS c GROUP BY 1, 2, 3, 4
ON CONFLICT ("Month", "Category", "ProvinceCode", "Outcome") DO UPDATE SET
    "Complaints" = "ReceivedComplaintCounts"."Complaints" + excluded."Complaints",
    "Decided" = "ReceivedComplaintCounts"."Decided" + excluded."Decided",
    "DaysToDecide" = "ReceivedComplaintCounts"."DaysToDecide" + excluded."DaysToDecide";
INSERT INTO "AgencyReceivedComplaintCounts" ("AgencyId", "Month", "ProvinceCode", "Complaints")
SELECT c."AgencyId", to_char((c."ReceivedAt") AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM'), c."Complainant_ProvinceCode", -1 * COUNT(*)
FROM old_rows AS c WHERE c."AgencyId" IS NOT NULL GROUP BY 1, 2, 3
ON CONFLICT ("AgencyId", "Month", "ProvinceCode") DO UPDATE SET "Complaints" = "AgencyReceivedComplaintCounts"."Complaints" + excluded."Complaints";
INSERT INTO "ComplaintDecisionTimes" ("Month", "ProvinceCode", "TenthsOfDays", "Complaints")
SELECT to_char((c."ReceivedAt") AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM'), c."Complainant_ProvinceCode", CAST(round((date_part('epoch', c."DecidedAt") - date_part('epoch', c."ReceivedAt")) / 8640.0) AS integer), -1 * COUNT(*)
FROM old_rows AS c WHERE c."DecidedAt" IS NOT NULL GROUP BY 1, 2, 3
ON CONFLICT ("Month", "ProvinceCode", "TenthsOfDays") DO UPDATE SET "Complaints" = "ComplaintDecisionTimes"."Complaints" + excluded."Complaints";
    END IF;
    RETURN NULL;
END $$;


--
-- Name: count_received_complaints_changed(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.count_received_complaints_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO "ReceivedComplaintCounts" ("Month", "Category", "ProvinceCode", "Outcome", "Complaints", "Decided", "DaysToDecide")
SELECT to_char((c."ReceivedAt") AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM'), c."Account_Category", c."Complainant_ProvinceCode", COALESCE(c."Outcome", ''),
    -1 * COUNT(*), -1 * COUNT(c."DecidedAt"), -1 * COALESCE(SUM((date_part('epoch', c."DecidedAt") - date_part('epoch', c."ReceivedAt")) / 86400.0), 0.0)
FROM (SELECT OLD."ReceivedAt" AS "ReceivedAt", OLD."Account_Category" AS "Account_Category", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."Outcome" AS "Outcome", OLD."DecidedAt" AS "DecidedAt", OLD."AgencyId" AS "AgencyId") AS c GROUP BY 1, 2, 3, 4
ON CONFLICT ("Month", "Category", "ProvinceCode", "Outcome") DO UPDATE SET
    "Complaints" = "ReceivedComplaintCounts"."Complaints" + excluded."Complaints",
    "Decided" = "ReceivedComplaintCounts"."Decided" + excluded."Decided",
    "DaysToDecide" = "ReceivedComplaintCounts"."DaysToDecide" + excluded."DaysToDecide";
INSERT INTO "AgencyReceivedComplaintCounts" ("AgencyId", "Month", "ProvinceCode", "Complaints")
SELECT c."AgencyId", to_char((c."ReceivedAt") AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM'), c."Complainant_ProvinceCode", -1 * COUNT(*)
FROM (SELECT OLD."ReceivedAt" AS "ReceivedAt", OLD."Account_Category" AS "Account_Category", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."Outcome" AS "Outcome", OLD."DecidedAt" AS "DecidedAt", OLD."AgencyId" AS "AgencyId") AS c WHERE c."AgencyId" IS NOT NULL GROUP BY 1, 2, 3
ON CONFLICT ("AgencyId", "Month", "ProvinceCode") DO UPDATE SET "Complaints" = "AgencyReceivedComplaintCounts"."Complaints" + excluded."Complaints";
INSERT INTO "ComplaintDecisionTimes" ("Month", "ProvinceCode", "TenthsOfDays", "Complaints")
SELECT to_char((c."ReceivedAt") AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM'), c."Complainant_ProvinceCode", CAST(round((date_part('epoch', c."DecidedAt") - date_part('epoch', c."ReceivedAt")) / 8640.0) AS integer), -1 * COUNT(*)
FROM (SELECT OLD."ReceivedAt" AS "ReceivedAt", OLD."Account_Category" AS "Account_Category", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."Outcome" AS "Outcome", OLD."DecidedAt" AS "DecidedAt", OLD."AgencyId" AS "AgencyId") AS c WHERE c."DecidedAt" IS NOT NULL GROUP BY 1, 2, 3
ON CONFLICT ("Month", "ProvinceCode", "TenthsOfDays") DO UPDATE SET "Complaints" = "ComplaintDecisionTimes"."Complaints" + excluded."Complaints";
    INSERT INTO "ReceivedComplaintCounts" ("Month", "Category", "ProvinceCode", "Outcome", "Complaints", "Decided", "DaysToDecide")
SELECT to_char((c."ReceivedAt") AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM'), c."Account_Category", c."Complainant_ProvinceCode", COALESCE(c."Outcome", ''),
    1 * COUNT(*), 1 * COUNT(c."DecidedAt"), 1 * COALESCE(SUM((date_part('epoch', c."DecidedAt") - date_part('epoch', c."ReceivedAt")) / 86400.0), 0.0)
FROM (SELECT NEW."ReceivedAt" AS "ReceivedAt", NEW."Account_Category" AS "Account_Category", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."Outcome" AS "Outcome", NEW."DecidedAt" AS "DecidedAt", NEW."AgencyId" AS "AgencyId") AS c GROUP BY 1, 2, 3, 4
ON CONFLICT ("Month", "Category", "ProvinceCode", "Outcome") DO UPDATE SET
    "Complaints" = "ReceivedComplaintCounts"."Complaints" + excluded."Complaints",
    "Decided" = "ReceivedComplaintCounts"."Decided" + excluded."Decided",
    "DaysToDecide" = "ReceivedComplaintCounts"."DaysToDecide" + excluded."DaysToDecide";
INSERT INTO "AgencyReceivedComplaintCounts" ("AgencyId", "Month", "ProvinceCode", "Complaints")
SELECT c."AgencyId", to_char((c."ReceivedAt") AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM'), c."Complainant_ProvinceCode", 1 * COUNT(*)
FROM (SELECT NEW."ReceivedAt" AS "ReceivedAt", NEW."Account_Category" AS "Account_Category", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."Outcome" AS "Outcome", NEW."DecidedAt" AS "DecidedAt", NEW."AgencyId" AS "AgencyId") AS c WHERE c."AgencyId" IS NOT NULL GROUP BY 1, 2, 3
ON CONFLICT ("AgencyId", "Month", "ProvinceCode") DO UPDATE SET "Complaints" = "AgencyReceivedComplaintCounts"."Complaints" + excluded."Complaints";
INSERT INTO "ComplaintDecisionTimes" ("Month", "ProvinceCode", "TenthsOfDays", "Complaints")
SELECT to_char((c."ReceivedAt") AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM'), c."Complainant_ProvinceCode", CAST(round((date_part('epoch', c."DecidedAt") - date_part('epoch', c."ReceivedAt")) / 8640.0) AS integer), 1 * COUNT(*)
FROM (SELECT NEW."ReceivedAt" AS "ReceivedAt", NEW."Account_Category" AS "Account_Category", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."Outcome" AS "Outcome", NEW."DecidedAt" AS "DecidedAt", NEW."AgencyId" AS "AgencyId") AS c WHERE c."DecidedAt" IS NOT NULL GROUP BY 1, 2, 3
ON CONFLICT ("Month", "ProvinceCode", "TenthsOfDays") DO UPDATE SET "Complaints" = "ComplaintDecisionTimes"."Complaints" + excluded."Complaints";
    RETURN NULL;
END $$;


--
-- Name: count_repatriation_movements(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.count_repatriation_movements() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO "WorkerMovementCounts" ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", "Deployments", "Returns", "Repatriations")
SELECT "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", 1 * SUM("Deployments"), 1 * SUM("Returns"), 1 * SUM("Repatriations")
FROM (SELECT to_char((r."OpenedAt") AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM') AS "Month", d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode" AS "ProvinceCode",
    0 AS "Deployments", 0 AS "Returns", 1 AS "Repatriations"
FROM new_rows AS r JOIN "Deployments" AS d ON d."Id" = r."DeploymentId" JOIN "Workers" AS w ON w."Id" = d."WorkerId") AS c
GROUP BY "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode"
ON CONFLICT ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode") DO UPDATE SET
    "Deployments" = "WorkerMovementCounts"."Deployments" + excluded."Deployments",
    "Returns" = "WorkerMovementCounts"."Returns" + excluded."Returns",
    "Repatriations" = "WorkerMovementCounts"."Repatriations" + excluded."Repatriations";
    ELSE
        INSERT INTO "WorkerMovementCounts" ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", "Deployments", "Returns", "Repatriations")
SELECT "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", -1 * SUM("Deployments"), -1 * SUM("Returns"), -1 * SUM("Repatriations")
FROM (SELECT to_char((r."OpenedAt") AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM') AS "Month", d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode" AS "ProvinceCode",
    0 AS "Deployments", 0 AS "Returns", 1 AS "Repatriations"
FROM old_rows AS r JOIN "Deployments" AS d ON d."Id" = r."DeploymentId" JOIN "Workers" AS w ON w."Id" = d."WorkerId") AS c
GROUP BY "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode"
ON CONFLICT ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode") DO UPDATE SET
    "Deployments" = "WorkerMovementCounts"."Deployments" + excluded."Deployments",
    "Returns" = "WorkerMovementCounts"."Returns" + excluded."Returns",
    "Repatriations" = "WorkerMovementCounts"."Repatriations" + excluded."Repatriations";
    END IF;
    RETURN NULL;
END $$;


--
-- Name: keep_latest_deployment(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.keep_latest_deployment() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    worker uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD."WorkerId" ELSE NEW."WorkerId" END;
BEGIN
    UPDATE "Workers" SET "LatestStatus" = (SELECT d."Status" FROM "Deployments" AS d WHERE d."WorkerId" = worker ORDER BY d."CreatedAt" DESC LIMIT 1), "LatestCountryCode" = (SELECT d."CountryCode" FROM "Deployments" AS d WHERE d."WorkerId" = worker ORDER BY d."CreatedAt" DESC LIMIT 1)
    WHERE "Id" = worker;
    RETURN NULL;
END $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: Agencies; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Agencies" (
    "Id" uuid NOT NULL,
    "RegistrationNumber" character varying(50) NOT NULL,
    "TaxNumber" character varying(50) NOT NULL,
    "Phone" character varying(50) NOT NULL,
    "Email" character varying(256) NOT NULL,
    "Directors" character varying(1000) NOT NULL,
    "HeadOffice_Line" character varying(500) NOT NULL,
    "HeadOffice_ProvinceCode" character varying(8) NOT NULL,
    "Name_En" character varying(300) NOT NULL,
    "Name_Km" character varying(300) NOT NULL,
    "Version" uuid NOT NULL,
    "IsPublicAgency" boolean DEFAULT false NOT NULL
);


--
-- Name: AgencyDeploymentCounts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AgencyDeploymentCounts" (
    "AgencyId" uuid NOT NULL,
    "Deployed" integer NOT NULL
);


--
-- Name: AgencyOpenComplaintCounts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AgencyOpenComplaintCounts" (
    "AgencyId" uuid NOT NULL,
    "DueMonth" character varying(7) NOT NULL,
    "Complaints" integer NOT NULL
);


--
-- Name: AgencyReceivedComplaintCounts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AgencyReceivedComplaintCounts" (
    "AgencyId" uuid NOT NULL,
    "Month" character varying(7) NOT NULL,
    "ProvinceCode" character varying(8) NOT NULL,
    "Complaints" integer NOT NULL
);


--
-- Name: Alerts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Alerts" (
    "Sequence" bigint NOT NULL,
    "BodyKey" character varying(32) NOT NULL,
    "Kind" character varying(24) NOT NULL,
    "CaseId" uuid NOT NULL,
    "CaseNumber" character varying(24) NOT NULL,
    "Title_En" character varying(400) NOT NULL,
    "Title_Km" character varying(400) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "LiveDeliveredAt" timestamp with time zone
);


--
-- Name: Alerts_Sequence_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."Alerts" ALTER COLUMN "Sequence" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."Alerts_Sequence_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: ApplicationDocuments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ApplicationDocuments" (
    "Id" uuid NOT NULL,
    "ApplicationId" uuid NOT NULL,
    "RequirementCode" character varying(50) NOT NULL,
    "UploadedAt" timestamp with time zone NOT NULL,
    "UploadedBy" character varying(256) NOT NULL,
    "File_ContentType" character varying(50) NOT NULL,
    "File_FileName" character varying(255) NOT NULL,
    "File_Sha256" character varying(64) NOT NULL,
    "File_SizeBytes" bigint NOT NULL,
    "File_StorageKey" character varying(200) NOT NULL
);


--
-- Name: ApplicationEvents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ApplicationEvents" (
    "Id" uuid NOT NULL,
    "ApplicationId" uuid NOT NULL,
    "From" character varying(24) NOT NULL,
    "To" character varying(24) NOT NULL,
    "Message" character varying(4000),
    "At" timestamp with time zone NOT NULL,
    "ByUserId" uuid,
    "ByName" character varying(256) NOT NULL
);


--
-- Name: AspNetRoleClaims; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AspNetRoleClaims" (
    "Id" integer NOT NULL,
    "RoleId" uuid NOT NULL,
    "ClaimType" text,
    "ClaimValue" text
);


--
-- Name: AspNetRoleClaims_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."AspNetRoleClaims" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."AspNetRoleClaims_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: AspNetRoles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AspNetRoles" (
    "Id" uuid NOT NULL,
    "Name" character varying(256),
    "NormalizedName" character varying(256),
    "ConcurrencyStamp" text
);


--
-- Name: AspNetUserClaims; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AspNetUserClaims" (
    "Id" integer NOT NULL,
    "UserId" uuid NOT NULL,
    "ClaimType" text,
    "ClaimValue" text
);


--
-- Name: AspNetUserClaims_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."AspNetUserClaims" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."AspNetUserClaims_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: AspNetUserLogins; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AspNetUserLogins" (
    "LoginProvider" text NOT NULL,
    "ProviderKey" text NOT NULL,
    "ProviderDisplayName" text,
    "UserId" uuid NOT NULL
);


--
-- Name: AspNetUserRoles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AspNetUserRoles" (
    "UserId" uuid NOT NULL,
    "RoleId" uuid NOT NULL
);


--
-- Name: AspNetUserTokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AspNetUserTokens" (
    "UserId" uuid NOT NULL,
    "LoginProvider" text NOT NULL,
    "Name" text NOT NULL,
    "Value" text
);


--
-- Name: AspNetUsers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AspNetUsers" (
    "Id" uuid NOT NULL,
    "FullName" character varying(200) NOT NULL,
    "AgencyId" uuid,
    "ProvinceCode" character varying(8),
    "CountryCode" character varying(2),
    "PanelSector" character varying(32),
    "UserName" character varying(256),
    "NormalizedUserName" character varying(256),
    "Email" character varying(256),
    "NormalizedEmail" character varying(256),
    "EmailConfirmed" boolean NOT NULL,
    "PasswordHash" text,
    "SecurityStamp" text,
    "ConcurrencyStamp" text,
    "PhoneNumber" text,
    "PhoneNumberConfirmed" boolean NOT NULL,
    "TwoFactorEnabled" boolean NOT NULL,
    "LockoutEnd" timestamp with time zone,
    "LockoutEnabled" boolean NOT NULL,
    "AccessFailedCount" integer NOT NULL
);


--
-- Name: AuditEntries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AuditEntries" (
    "Id" bigint NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "UserId" uuid,
    "UserName" character varying(256),
    "Action" character varying(32) NOT NULL,
    "EntityType" character varying(100) NOT NULL,
    "EntityId" character varying(100) NOT NULL,
    "Changes" text NOT NULL
);


--
-- Name: AuditEntries_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."AuditEntries" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."AuditEntries_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: Branches; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Branches" (
    "Id" uuid NOT NULL,
    "AgencyId" uuid NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Address_Line" character varying(500) NOT NULL,
    "Address_ProvinceCode" character varying(8) NOT NULL
);


--
-- Name: ChecklistItems; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ChecklistItems" (
    "Id" uuid NOT NULL,
    "TemplateVersion" integer NOT NULL,
    "Code" character varying(64) NOT NULL,
    "LegalBasis" character varying(200) NOT NULL,
    "Order" integer NOT NULL,
    "Text_En" character varying(500) NOT NULL,
    "Text_Km" character varying(500) NOT NULL
);


--
-- Name: ComplaintDecisionTimes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ComplaintDecisionTimes" (
    "Month" character varying(7) NOT NULL,
    "ProvinceCode" character varying(8) NOT NULL,
    "TenthsOfDays" integer NOT NULL,
    "Complaints" integer NOT NULL
);


--
-- Name: ComplaintEntries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ComplaintEntries" (
    "Id" uuid NOT NULL,
    "ComplaintId" uuid NOT NULL,
    "Kind" character varying(24) NOT NULL,
    "Text" character varying(4000) NOT NULL,
    "Status" character varying(24) NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "ByName" character varying(256) NOT NULL
);


--
-- Name: ComplaintEvidence; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ComplaintEvidence" (
    "Id" uuid NOT NULL,
    "ComplaintId" uuid NOT NULL,
    "AddedAt" timestamp with time zone NOT NULL,
    "AddedBy" character varying(256) NOT NULL,
    "File_StorageKey" character varying(200) NOT NULL,
    "File_FileName" character varying(255) NOT NULL,
    "File_ContentType" character varying(50) NOT NULL,
    "File_SizeBytes" bigint NOT NULL,
    "File_Sha256" character varying(64) NOT NULL
);


--
-- Name: Complaints; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Complaints" (
    "Id" uuid NOT NULL,
    "TrackingCode" character varying(16) NOT NULL,
    "PinHash" character varying(128) NOT NULL,
    "FailedPinAttempts" integer NOT NULL,
    "PinLockedUntil" timestamp with time zone,
    "AgencyId" uuid,
    "UnlicensedRecruiter" character varying(300),
    "IdentitySharedWithAgency" boolean NOT NULL,
    "Desk" character varying(16) NOT NULL,
    "FiledByUserId" uuid,
    "AssignedOfficerId" uuid,
    "AssignedOfficerName" character varying(256),
    "Status" character varying(24) NOT NULL,
    "ReceivedAt" timestamp with time zone NOT NULL,
    "AcknowledgeBy" timestamp with time zone NOT NULL,
    "AcknowledgedAt" timestamp with time zone,
    "ResolveBy" timestamp with time zone NOT NULL,
    "AgencyAnswerBy" timestamp with time zone,
    "AgencyAnsweredAt" timestamp with time zone,
    "DecidedAt" timestamp with time zone,
    "ClosedAt" timestamp with time zone,
    "DecisionReason" character varying(2000),
    "Outcome" character varying(24),
    "ReferredTo" character varying(16),
    "SettlementHonoured" boolean,
    "EscalationLevel" integer NOT NULL,
    "Complainant_FiledAs" character varying(24) NOT NULL,
    "Complainant_FilerName" character varying(200),
    "Complainant_FilerOrganisation" character varying(200),
    "Complainant_WorkerName" character varying(200) NOT NULL,
    "Complainant_Phone" character varying(50),
    "Complainant_Email" character varying(256),
    "Complainant_PassportNumber" character varying(32),
    "Complainant_ProvinceCode" character varying(8) NOT NULL,
    "Complainant_PreferredContact" character varying(16),
    "Account_Category" character varying(24) NOT NULL,
    "Account_WhatHappened" character varying(4000) NOT NULL,
    "Account_Where" character varying(300),
    "Account_When" character varying(100),
    "Account_WhatTheyWant" character varying(1000),
    "Settlement_RefundUsd" numeric(18,2),
    "Settlement_DocumentsReturned" boolean,
    "Settlement_Repatriation" boolean,
    "Settlement_Terms" character varying(2000),
    "SanctionProposal_Reason" character varying(2000),
    "SanctionProposal_SuggestedPenalty" character varying(500),
    "SanctionProposal_ProposedBy" character varying(256),
    "SanctionProposal_ProposedAt" timestamp with time zone,
    "Version" uuid NOT NULL
);


--
-- Name: ContractClauses; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ContractClauses" (
    "Id" uuid NOT NULL,
    "Code" character varying(50) NOT NULL,
    "Order" integer NOT NULL,
    "Active" boolean NOT NULL,
    "IsDefault" boolean NOT NULL,
    "Name_En" character varying(200) NOT NULL,
    "Name_Km" character varying(200) NOT NULL,
    "Version" uuid NOT NULL
);


--
-- Name: Countries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Countries" (
    "Code" character varying(2) NOT NULL,
    "EmbassyDutyEmail" character varying(256) NOT NULL,
    "HasLabourMou" boolean NOT NULL,
    "Embassy_En" character varying(300) NOT NULL,
    "Embassy_Km" character varying(300) NOT NULL,
    "Name_En" character varying(200) NOT NULL,
    "Name_Km" character varying(200) NOT NULL,
    "ReservedToPublicAgencies" boolean DEFAULT false NOT NULL
);


--
-- Name: DepartureClearances; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."DepartureClearances" (
    "Id" uuid NOT NULL,
    "Number" character varying(20) NOT NULL,
    "DeploymentId" uuid NOT NULL,
    "WorkerId" uuid NOT NULL,
    "AgencyId" uuid NOT NULL,
    "CountryCode" character varying(2) NOT NULL,
    "IssuedOn" date NOT NULL,
    "ValidUntil" date NOT NULL,
    "IssuedAt" timestamp with time zone NOT NULL,
    "IssuedBy" character varying(256) NOT NULL,
    "Status" character varying(16) NOT NULL,
    "OpenSlot" character varying(64),
    "UsedOn" date,
    "VoidReason" character varying(1000),
    "Version" uuid NOT NULL
);


--
-- Name: DeploymentFees; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."DeploymentFees" (
    "Id" uuid NOT NULL,
    "DeploymentId" uuid NOT NULL,
    "Description" character varying(300) NOT NULL,
    "AmountUsd" numeric(18,2) NOT NULL,
    "PaidOn" date NOT NULL,
    "ReceiptNumber" character varying(100) NOT NULL,
    "RecordedAt" timestamp with time zone NOT NULL,
    "RecordedBy" character varying(256) NOT NULL
);


--
-- Name: DeploymentRestrictions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."DeploymentRestrictions" (
    "Id" uuid NOT NULL,
    "CountryCode" character varying(2) NOT NULL,
    "SectorCode" character varying(32) NOT NULL,
    "Since" date NOT NULL,
    "LegalBasis_En" character varying(500) NOT NULL,
    "Version" uuid NOT NULL,
    "LegalBasis_Km" character varying(500) DEFAULT ''::character varying NOT NULL,
    "SinceMonthOnly" boolean DEFAULT false NOT NULL,
    "EndedOn" date
);


--
-- Name: Deployments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Deployments" (
    "Id" uuid NOT NULL,
    "WorkerId" uuid NOT NULL,
    "JobOrderId" uuid NOT NULL,
    "AgencyId" uuid NOT NULL,
    "CountryCode" character varying(2) NOT NULL,
    "SectorCode" character varying(32) NOT NULL,
    "Status" character varying(16) NOT NULL,
    "OpenSlot" character varying(64),
    "CreatedAt" timestamp with time zone NOT NULL,
    "ArrivedOn" date,
    "Medical_ExaminedOn" date,
    "Medical_Clinic" character varying(200),
    "Medical_PhysicallyFit" boolean,
    "Orientation_TrainingCentreId" uuid,
    "Orientation_CompletedOn" date,
    "Orientation_Hours" numeric(6,1),
    "Orientation_Topics" character varying(500),
    "Contract_SignedOn" date,
    "Contract_Clauses" character varying(1000),
    "SignedContract_StorageKey" character varying(200),
    "SignedContract_FileName" character varying(255),
    "SignedContract_ContentType" character varying(50),
    "SignedContract_SizeBytes" bigint,
    "SignedContract_Sha256" character varying(64),
    "Travel_PassportIssuedOn" date,
    "Travel_PassportExpiresOn" date,
    "Travel_VisaNumber" character varying(50),
    "Travel_VisaIssuedOn" date,
    "Travel_VisaExpiresOn" date,
    "Departure_DepartedOn" date,
    "Departure_DeparturePoint" character varying(200),
    "Return_Outcome" character varying(24),
    "Return_ReturnedOn" date,
    "Return_ProvinceCode" character varying(8),
    "Version" uuid NOT NULL,
    "Welfare" character varying(16) DEFAULT 'Safe'::character varying NOT NULL,
    "Medical_MentallyFit" boolean
);


--
-- Name: DisappearanceCases; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."DisappearanceCases" (
    "Id" uuid NOT NULL,
    "Number" character varying(24) NOT NULL,
    "WorkerId" uuid NOT NULL,
    "DeploymentId" uuid NOT NULL,
    "AgencyId" uuid NOT NULL,
    "CountryCode" character varying(2) NOT NULL,
    "Source" character varying(16) NOT NULL,
    "Facts_LastKnownLocation" character varying(500) NOT NULL,
    "Facts_Latitude" double precision,
    "Facts_Longitude" double precision,
    "Facts_LastContactAt" timestamp with time zone NOT NULL,
    "Facts_AgencyLearnedAt" timestamp with time zone,
    "Facts_Circumstances" character varying(4000) NOT NULL,
    "Facts_OthersInformed" character varying(1000),
    "Family_Name" character varying(200),
    "Family_Phone" character varying(30),
    "Family_Relationship" character varying(100),
    "ReportedAt" timestamp with time zone NOT NULL,
    "ReportedByUserId" uuid,
    "ReportedByName" character varying(256) NOT NULL,
    "IsLate" boolean NOT NULL,
    "AgencyPosition" character varying(16) NOT NULL,
    "Verified" boolean NOT NULL,
    "VerifiedByName" character varying(256),
    "Status" character varying(16) NOT NULL,
    "OpenSlot" character varying(64),
    "LastAgencyUpdateAt" timestamp with time zone NOT NULL,
    "Resolution" character varying(32),
    "ResolutionNote" character varying(4000),
    "ClosedAt" timestamp with time zone,
    "ClosedByName" character varying(256),
    "IdempotencyKey" character varying(200),
    "Version" uuid NOT NULL
);


--
-- Name: DisappearanceRecipients; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."DisappearanceRecipients" (
    "Id" uuid NOT NULL,
    "CaseId" uuid NOT NULL,
    "Kind" character varying(16) NOT NULL,
    "BodyKey" character varying(32) NOT NULL,
    "NotifiedAt" timestamp with time zone NOT NULL,
    "AcknowledgedAt" timestamp with time zone,
    "AcknowledgedByUserId" uuid,
    "AcknowledgedByName" character varying(256),
    "EscalatedAt" timestamp with time zone
);


--
-- Name: DisappearanceUpdates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."DisappearanceUpdates" (
    "Id" uuid NOT NULL,
    "CaseId" uuid NOT NULL,
    "Party" character varying(16) NOT NULL,
    "Kind" character varying(24) NOT NULL,
    "Text" character varying(4000) NOT NULL,
    "PostedAt" timestamp with time zone NOT NULL,
    "AuthorUserId" uuid,
    "AuthorName" character varying(256) NOT NULL
);


--
-- Name: DocumentRequirements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."DocumentRequirements" (
    "Id" uuid NOT NULL,
    "Code" character varying(50) NOT NULL,
    "Order" integer NOT NULL,
    "Active" boolean NOT NULL,
    "Name_En" character varying(200) NOT NULL,
    "Name_Km" character varying(200) NOT NULL,
    "Version" uuid NOT NULL
);


--
-- Name: EvaluationPanelMembers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."EvaluationPanelMembers" (
    "Id" uuid NOT NULL,
    "EvaluationId" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "Name" character varying(256) NOT NULL,
    "Sector" character varying(24) NOT NULL,
    "AgencyId" uuid,
    "ConflictReason" character varying(1000),
    "SubmittedAt" timestamp with time zone
);


--
-- Name: EvaluationScores; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."EvaluationScores" (
    "Id" uuid NOT NULL,
    "EvaluationId" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "Criterion" character varying(32) NOT NULL,
    "Score" integer NOT NULL,
    "Justification" character varying(2000) NOT NULL
);


--
-- Name: Evaluations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Evaluations" (
    "Id" uuid NOT NULL,
    "AgencyId" uuid NOT NULL,
    "PeriodFrom" date NOT NULL,
    "PeriodTo" date NOT NULL,
    "OpenedAt" timestamp with time zone NOT NULL,
    "Status" character varying(16) NOT NULL,
    "OverallScore" numeric(4,2),
    "Band" character varying(16),
    "ScoredAt" timestamp with time zone,
    "Outcome" character varying(16),
    "DecisionReason" character varying(2000),
    "DecidedAt" timestamp with time zone,
    "DecidedBy" character varying(256),
    "Version" uuid NOT NULL
);


--
-- Name: InboxItems; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."InboxItems" (
    "Id" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "Subject" character varying(300) NOT NULL,
    "Body" text NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "OutboxMessageId" uuid NOT NULL,
    "ReadAt" timestamp with time zone
);


--
-- Name: InspectionAnswers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."InspectionAnswers" (
    "Id" uuid NOT NULL,
    "InspectionId" uuid NOT NULL,
    "ItemCode" character varying(64) NOT NULL,
    "Answer" character varying(16) NOT NULL,
    "Note" character varying(2000) NOT NULL,
    "AnsweredAt" timestamp with time zone NOT NULL,
    "AnsweredBy" character varying(256) NOT NULL
);


--
-- Name: InspectionEvents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."InspectionEvents" (
    "Id" uuid NOT NULL,
    "InspectionId" uuid NOT NULL,
    "From" character varying(32) NOT NULL,
    "To" character varying(32) NOT NULL,
    "Reason" character varying(1000),
    "At" timestamp with time zone NOT NULL,
    "ByName" character varying(256) NOT NULL
);


--
-- Name: InspectionFindings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."InspectionFindings" (
    "Id" uuid NOT NULL,
    "InspectionId" uuid NOT NULL,
    "ItemCode" character varying(64) NOT NULL,
    "Severity" character varying(16) NOT NULL,
    "Description" character varying(2000) NOT NULL,
    "CorrectiveAction" character varying(2000) NOT NULL,
    "DueOn" date NOT NULL,
    "Status" character varying(24) NOT NULL,
    "EvidenceNote" character varying(2000),
    "EvidenceSubmittedAt" timestamp with time zone,
    "VerifiedAt" timestamp with time zone,
    "Evidence_ContentType" character varying(50),
    "Evidence_FileName" character varying(255),
    "Evidence_Sha256" character varying(64),
    "Evidence_SizeBytes" bigint,
    "Evidence_StorageKey" character varying(200)
);


--
-- Name: InspectionPhotos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."InspectionPhotos" (
    "Id" uuid NOT NULL,
    "InspectionId" uuid NOT NULL,
    "ItemCode" character varying(64) NOT NULL,
    "UploadedAt" timestamp with time zone NOT NULL,
    "UploadedBy" character varying(256) NOT NULL,
    "File_ContentType" character varying(50) NOT NULL,
    "File_FileName" character varying(255) NOT NULL,
    "File_Sha256" character varying(64) NOT NULL,
    "File_SizeBytes" bigint NOT NULL,
    "File_StorageKey" character varying(200) NOT NULL
);


--
-- Name: InspectionPlans; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."InspectionPlans" (
    "Id" uuid NOT NULL,
    "Year" integer NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(256) NOT NULL,
    "Version" uuid NOT NULL
);


--
-- Name: InspectionTeamMembers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."InspectionTeamMembers" (
    "Id" uuid NOT NULL,
    "InspectionId" uuid NOT NULL,
    "InspectorId" uuid NOT NULL,
    "Name" character varying(256) NOT NULL
);


--
-- Name: Inspections; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Inspections" (
    "Id" uuid NOT NULL,
    "AgencyId" uuid NOT NULL,
    "Kind" character varying(16) NOT NULL,
    "PlanId" uuid,
    "PlannedFor" date NOT NULL,
    "ScheduledOn" date,
    "Announced" boolean NOT NULL,
    "ChecklistVersion" integer NOT NULL,
    "Status" character varying(32) NOT NULL,
    "ComplaintId" uuid,
    "FollowUpOf" uuid,
    "CompletedAt" timestamp with time zone,
    "Site_Address" character varying(500) NOT NULL,
    "Site_Kind" character varying(16) NOT NULL,
    "Site_ProvinceCode" character varying(8) NOT NULL,
    "Site_SiteId" uuid,
    "Version" uuid NOT NULL,
    "Date" date GENERATED ALWAYS AS (COALESCE("ScheduledOn", "PlannedFor")) STORED NOT NULL
);


--
-- Name: InspectorConflicts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."InspectorConflicts" (
    "Id" uuid NOT NULL,
    "InspectorId" uuid NOT NULL,
    "AgencyId" uuid NOT NULL,
    "Reason" character varying(1000) NOT NULL,
    "DeclaredAt" timestamp with time zone NOT NULL
);


--
-- Name: JobOrders; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."JobOrders" (
    "Id" uuid NOT NULL,
    "AgencyId" uuid NOT NULL,
    "Status" character varying(16) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(256) NOT NULL,
    "DecidedAt" timestamp with time zone,
    "DecidedBy" character varying(256),
    "DecisionNote" character varying(1000),
    "Offer_CountryCode" character varying(2) NOT NULL,
    "Offer_EmployerName" character varying(300) NOT NULL,
    "Offer_EmployerAddress" character varying(500) NOT NULL,
    "Offer_SectorCode" character varying(32) NOT NULL,
    "Offer_Occupation" character varying(200) NOT NULL,
    "Offer_WorkersRequested" integer NOT NULL,
    "Offer_MonthlyWage" numeric(18,2) NOT NULL,
    "Offer_Currency" character varying(3) NOT NULL,
    "Offer_ContractMonths" integer NOT NULL,
    "Version" uuid NOT NULL
);


--
-- Name: JobSchedules; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."JobSchedules" (
    "Id" uuid NOT NULL,
    "JobName" character varying(100) NOT NULL,
    "Cron" character varying(100) NOT NULL,
    "Version" uuid NOT NULL
);


--
-- Name: LicenceApplications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."LicenceApplications" (
    "Id" uuid NOT NULL,
    "AgencyId" uuid NOT NULL,
    "Kind" character varying(16) NOT NULL,
    "Status" character varying(24) NOT NULL,
    "LicenceId" uuid,
    "CreatedAt" timestamp with time zone NOT NULL,
    "SubmittedAt" timestamp with time zone,
    "DecidedAt" timestamp with time zone,
    "OpenSlot" character varying(64),
    "Details_ContactPerson" character varying(200) NOT NULL,
    "Details_ContactPhone" character varying(50) NOT NULL,
    "Details_DestinationCountries" character varying(100) NOT NULL,
    "Details_FinancialGuaranteeUsd" numeric(18,2),
    "Details_Statement" character varying(4000) NOT NULL,
    "Version" uuid NOT NULL
);


--
-- Name: LicenceStatusChanges; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."LicenceStatusChanges" (
    "Id" uuid NOT NULL,
    "LicenceId" uuid NOT NULL,
    "From" character varying(16) NOT NULL,
    "To" character varying(16) NOT NULL,
    "Reason" character varying(1000) NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "ByUserId" uuid,
    "ByName" character varying(256) NOT NULL
);


--
-- Name: Licences; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Licences" (
    "Id" uuid NOT NULL,
    "Number" character varying(20) NOT NULL,
    "AgencyId" uuid NOT NULL,
    "RegistrationNumber" character varying(50) NOT NULL,
    "IssuedOn" date NOT NULL,
    "ExpiresOn" date NOT NULL,
    "Status" character varying(16) NOT NULL,
    "Version" uuid NOT NULL,
    "StatusReason" character varying(1000),
    "SuspendedUntil" date,
    "RenewalPending" boolean DEFAULT false NOT NULL
);


--
-- Name: OnSiteServices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."OnSiteServices" (
    "Id" uuid NOT NULL,
    "DeploymentId" uuid NOT NULL,
    "ContactedOn" date NOT NULL,
    "Channel" character varying(24) NOT NULL,
    "Notes" character varying(2000) NOT NULL,
    "Problem" character varying(2000),
    "Resolution" character varying(2000),
    "RecordedAt" timestamp with time zone NOT NULL,
    "RecordedBy" character varying(256) NOT NULL
);


--
-- Name: OpenComplaintCounts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."OpenComplaintCounts" (
    "ProvinceCode" character varying(8) NOT NULL,
    "OfficerName" character varying(256) NOT NULL,
    "DueMonth" character varying(7) NOT NULL,
    "Complaints" integer NOT NULL
);


--
-- Name: OutboxMessages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."OutboxMessages" (
    "Id" uuid NOT NULL,
    "Channel" character varying(16) NOT NULL,
    "Recipient" character varying(256) NOT NULL,
    "Subject" character varying(300) NOT NULL,
    "Body" text NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "DeduplicationKey" character varying(200),
    "Attempts" integer NOT NULL,
    "NextAttemptAt" timestamp with time zone,
    "DeliveredAt" timestamp with time zone,
    "DeadLetteredAt" timestamp with time zone,
    "LastError" character varying(1000)
);


--
-- Name: Provinces; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Provinces" (
    "Code" character varying(8) NOT NULL,
    "Name_En" character varying(100) NOT NULL,
    "Name_Km" character varying(100) NOT NULL
);


--
-- Name: PublicHolidays; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."PublicHolidays" (
    "Id" uuid NOT NULL,
    "Date" date NOT NULL,
    "Name_En" character varying(200) NOT NULL,
    "Name_Km" character varying(200) NOT NULL
);


--
-- Name: ReceivedComplaintCounts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ReceivedComplaintCounts" (
    "Month" character varying(7) NOT NULL,
    "Category" character varying(24) NOT NULL,
    "ProvinceCode" character varying(8) NOT NULL,
    "Outcome" character varying(24) NOT NULL,
    "Complaints" integer NOT NULL,
    "Decided" integer NOT NULL,
    "DaysToDecide" double precision NOT NULL
);


--
-- Name: RepatriationCases; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."RepatriationCases" (
    "Id" uuid NOT NULL,
    "DeploymentId" uuid NOT NULL,
    "Reason" character varying(24) NOT NULL,
    "RequestedBy" character varying(24) NOT NULL,
    "PaidBy" character varying(24) NOT NULL,
    "Notes" character varying(2000),
    "Status" character varying(16) NOT NULL,
    "ReturnDate" date,
    "OpenedAt" timestamp with time zone NOT NULL,
    "OpenedBy" character varying(256) NOT NULL
);


--
-- Name: Rewards; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Rewards" (
    "Id" uuid NOT NULL,
    "AgencyId" uuid NOT NULL,
    "EvaluationId" uuid NOT NULL,
    "Kind" character varying(24) NOT NULL,
    "Reason" character varying(2000) NOT NULL,
    "AwardedAt" timestamp with time zone NOT NULL,
    "AwardedBy" character varying(256) NOT NULL,
    "Version" uuid NOT NULL
);


--
-- Name: Sanctions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Sanctions" (
    "Id" uuid NOT NULL,
    "AgencyId" uuid NOT NULL,
    "Source" character varying(24) NOT NULL,
    "SourceId" uuid NOT NULL,
    "Kind" character varying(24) NOT NULL,
    "FineAmountUsd" numeric(18,2),
    "SuspensionMonths" integer,
    "LegalBasis" character varying(500) NOT NULL,
    "Reason" character varying(2000) NOT NULL,
    "DecidedOn" date NOT NULL,
    "EffectiveFrom" date NOT NULL,
    "EffectiveUntil" date,
    "AppealDeadline" date NOT NULL,
    "DecidedBy" character varying(256) NOT NULL,
    "Status" character varying(16) NOT NULL,
    "AppliedAt" timestamp with time zone,
    "AppliedNote" character varying(1000),
    "AppealLodgedAt" timestamp with time zone,
    "AppealGrounds" character varying(4000),
    "AppealOutcome" character varying(16),
    "AppealDecisionReason" character varying(2000),
    "AppealDecidedAt" timestamp with time zone,
    "Version" uuid NOT NULL
);


--
-- Name: Sectors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Sectors" (
    "Code" character varying(32) NOT NULL,
    "Name_En" character varying(100) NOT NULL,
    "Name_Km" character varying(100) NOT NULL
);


--
-- Name: Settings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Settings" (
    "Id" uuid NOT NULL,
    "Key" character varying(100) NOT NULL,
    "Value" character varying(2000) NOT NULL,
    "Version" uuid NOT NULL
);


--
-- Name: TrainingCentres; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."TrainingCentres" (
    "Id" uuid NOT NULL,
    "AgencyId" uuid NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Capacity" integer NOT NULL,
    "Address_Line" character varying(500) NOT NULL,
    "Address_ProvinceCode" character varying(8) NOT NULL
);


--
-- Name: WebhookEndpoints; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."WebhookEndpoints" (
    "BodyKey" character varying(32) NOT NULL,
    "Url" character varying(500) NOT NULL,
    "Secret" character varying(200) NOT NULL,
    "Enabled" boolean NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL
);


--
-- Name: WorkerMovementCounts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."WorkerMovementCounts" (
    "Month" character varying(7) NOT NULL,
    "CountryCode" character varying(2) NOT NULL,
    "SectorCode" character varying(32) NOT NULL,
    "Sex" character varying(8) NOT NULL,
    "ProvinceCode" character varying(8) NOT NULL,
    "Deployments" integer NOT NULL,
    "Returns" integer NOT NULL,
    "Repatriations" integer NOT NULL
);


--
-- Name: Workers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Workers" (
    "Id" uuid NOT NULL,
    "AgencyId" uuid NOT NULL,
    "NameKm" character varying(200) NOT NULL,
    "NameLatin" character varying(200) NOT NULL,
    "Sex" character varying(8) NOT NULL,
    "DateOfBirth" date NOT NULL,
    "NationalId" character varying(32) NOT NULL,
    "PassportNumber" character varying(32),
    "Phone" character varying(50) NOT NULL,
    "RegisteredAt" timestamp with time zone NOT NULL,
    "Home_ProvinceCode" character varying(8) NOT NULL,
    "Home_District" character varying(100) NOT NULL,
    "Home_Commune" character varying(100) NOT NULL,
    "Home_Village" character varying(100) NOT NULL,
    "EmergencyContact_Name" character varying(200) NOT NULL,
    "EmergencyContact_Phone" character varying(50) NOT NULL,
    "Version" uuid NOT NULL,
    "LatestStatus" character varying(16),
    "LatestCountryCode" character varying(2)
);


--
-- Name: __EFMigrationsHistory; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL
);


--
-- Data for Name: Agencies; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: AgencyDeploymentCounts; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: AgencyOpenComplaintCounts; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: AgencyReceivedComplaintCounts; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: Alerts; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: ApplicationDocuments; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: ApplicationEvents; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: AspNetRoleClaims; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: AspNetRoles; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: AspNetUserClaims; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: AspNetUserLogins; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: AspNetUserRoles; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: AspNetUserTokens; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: AspNetUsers; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: AuditEntries; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: Branches; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: ChecklistItems; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: ComplaintDecisionTimes; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: ComplaintEntries; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: ComplaintEvidence; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: Complaints; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: ContractClauses; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: Countries; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: DepartureClearances; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: DeploymentFees; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: DeploymentRestrictions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: Deployments; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: DisappearanceCases; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: DisappearanceRecipients; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: DisappearanceUpdates; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: DocumentRequirements; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: EvaluationPanelMembers; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: EvaluationScores; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: Evaluations; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: InboxItems; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: InspectionAnswers; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: InspectionEvents; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: InspectionFindings; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: InspectionPhotos; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: InspectionPlans; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: InspectionTeamMembers; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: Inspections; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: InspectorConflicts; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: JobOrders; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: JobSchedules; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: LicenceApplications; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: LicenceStatusChanges; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: Licences; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: OnSiteServices; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: OpenComplaintCounts; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: OutboxMessages; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: Provinces; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: PublicHolidays; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: ReceivedComplaintCounts; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: RepatriationCases; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: Rewards; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: Sanctions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: Sectors; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: Settings; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: TrainingCentres; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: WebhookEndpoints; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: WorkerMovementCounts; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: Workers; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: __EFMigrationsHistory; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."__EFMigrationsHistory" VALUES ('20261122000000_Initial', '10.0.14');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261122000100_QuartzSchema', '10.0.14');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261122010000_LicenceApplications', '10.0.14');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261122020000_Inspections', '10.0.14');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261122020100_InspectionPhotos', '10.0.14');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261122030000_Workers', '10.0.14');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261122040000_AppendOnlyAudit', '10.0.14');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261122050000_Disappearances', '10.0.14');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261122060000_Complaints', '10.0.14');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261122070000_Evaluations', '10.0.14');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261122080000_StatisticsIndexes', '10.0.14');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261122090000_SweepIndexes', '10.0.14');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261122100000_WorkerLatestDeployment', '10.0.14');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261122110000_ComplaintListAndDashboard', '10.0.14');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261122120000_ListIndexes', '10.0.14');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261122130000_ComplaintStatisticsTotals', '10.0.14');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261204010000_OneLicencePerCompany', '10.0.14');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261204020000_DepartureClearances', '10.0.14');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261204030000_RestrictionsPublicAgenciesEvaluationCycle', '10.0.14');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261204040000_PhnomPenhCalendar', '10.0.14');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261204050000_HangfireScheduling', '10.0.14');


--
-- Name: Alerts_Sequence_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."Alerts_Sequence_seq"', 1, false);


--
-- Name: AspNetRoleClaims_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."AspNetRoleClaims_Id_seq"', 1, false);


--
-- Name: AspNetUserClaims_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."AspNetUserClaims_Id_seq"', 1, false);


--
-- Name: AuditEntries_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."AuditEntries_Id_seq"', 1, false);


--
-- Name: Agencies PK_Agencies; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Agencies"
    ADD CONSTRAINT "PK_Agencies" PRIMARY KEY ("Id");


--
-- Name: AgencyDeploymentCounts PK_AgencyDeploymentCounts; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AgencyDeploymentCounts"
    ADD CONSTRAINT "PK_AgencyDeploymentCounts" PRIMARY KEY ("AgencyId");


--
-- Name: AgencyOpenComplaintCounts PK_AgencyOpenComplaintCounts; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AgencyOpenComplaintCounts"
    ADD CONSTRAINT "PK_AgencyOpenComplaintCounts" PRIMARY KEY ("AgencyId", "DueMonth");


--
-- Name: AgencyReceivedComplaintCounts PK_AgencyReceivedComplaintCounts; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AgencyReceivedComplaintCounts"
    ADD CONSTRAINT "PK_AgencyReceivedComplaintCounts" PRIMARY KEY ("AgencyId", "Month", "ProvinceCode");


--
-- Name: Alerts PK_Alerts; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Alerts"
    ADD CONSTRAINT "PK_Alerts" PRIMARY KEY ("Sequence");


--
-- Name: ApplicationDocuments PK_ApplicationDocuments; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ApplicationDocuments"
    ADD CONSTRAINT "PK_ApplicationDocuments" PRIMARY KEY ("Id");


--
-- Name: ApplicationEvents PK_ApplicationEvents; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ApplicationEvents"
    ADD CONSTRAINT "PK_ApplicationEvents" PRIMARY KEY ("Id");


--
-- Name: AspNetRoleClaims PK_AspNetRoleClaims; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetRoleClaims"
    ADD CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY ("Id");


--
-- Name: AspNetRoles PK_AspNetRoles; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetRoles"
    ADD CONSTRAINT "PK_AspNetRoles" PRIMARY KEY ("Id");


--
-- Name: AspNetUserClaims PK_AspNetUserClaims; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserClaims"
    ADD CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY ("Id");


--
-- Name: AspNetUserLogins PK_AspNetUserLogins; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserLogins"
    ADD CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey");


--
-- Name: AspNetUserRoles PK_AspNetUserRoles; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserRoles"
    ADD CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId");


--
-- Name: AspNetUserTokens PK_AspNetUserTokens; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserTokens"
    ADD CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name");


--
-- Name: AspNetUsers PK_AspNetUsers; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUsers"
    ADD CONSTRAINT "PK_AspNetUsers" PRIMARY KEY ("Id");


--
-- Name: AuditEntries PK_AuditEntries; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AuditEntries"
    ADD CONSTRAINT "PK_AuditEntries" PRIMARY KEY ("Id");


--
-- Name: Branches PK_Branches; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Branches"
    ADD CONSTRAINT "PK_Branches" PRIMARY KEY ("Id");


--
-- Name: ChecklistItems PK_ChecklistItems; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ChecklistItems"
    ADD CONSTRAINT "PK_ChecklistItems" PRIMARY KEY ("Id");


--
-- Name: ComplaintDecisionTimes PK_ComplaintDecisionTimes; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ComplaintDecisionTimes"
    ADD CONSTRAINT "PK_ComplaintDecisionTimes" PRIMARY KEY ("Month", "ProvinceCode", "TenthsOfDays");


--
-- Name: ComplaintEntries PK_ComplaintEntries; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ComplaintEntries"
    ADD CONSTRAINT "PK_ComplaintEntries" PRIMARY KEY ("Id");


--
-- Name: ComplaintEvidence PK_ComplaintEvidence; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ComplaintEvidence"
    ADD CONSTRAINT "PK_ComplaintEvidence" PRIMARY KEY ("Id");


--
-- Name: Complaints PK_Complaints; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Complaints"
    ADD CONSTRAINT "PK_Complaints" PRIMARY KEY ("Id");


--
-- Name: ContractClauses PK_ContractClauses; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ContractClauses"
    ADD CONSTRAINT "PK_ContractClauses" PRIMARY KEY ("Id");


--
-- Name: Countries PK_Countries; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Countries"
    ADD CONSTRAINT "PK_Countries" PRIMARY KEY ("Code");


--
-- Name: DepartureClearances PK_DepartureClearances; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DepartureClearances"
    ADD CONSTRAINT "PK_DepartureClearances" PRIMARY KEY ("Id");


--
-- Name: DeploymentFees PK_DeploymentFees; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DeploymentFees"
    ADD CONSTRAINT "PK_DeploymentFees" PRIMARY KEY ("Id");


--
-- Name: DeploymentRestrictions PK_DeploymentRestrictions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DeploymentRestrictions"
    ADD CONSTRAINT "PK_DeploymentRestrictions" PRIMARY KEY ("Id");


--
-- Name: Deployments PK_Deployments; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Deployments"
    ADD CONSTRAINT "PK_Deployments" PRIMARY KEY ("Id");


--
-- Name: DisappearanceCases PK_DisappearanceCases; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DisappearanceCases"
    ADD CONSTRAINT "PK_DisappearanceCases" PRIMARY KEY ("Id");


--
-- Name: DisappearanceRecipients PK_DisappearanceRecipients; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DisappearanceRecipients"
    ADD CONSTRAINT "PK_DisappearanceRecipients" PRIMARY KEY ("Id");


--
-- Name: DisappearanceUpdates PK_DisappearanceUpdates; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DisappearanceUpdates"
    ADD CONSTRAINT "PK_DisappearanceUpdates" PRIMARY KEY ("Id");


--
-- Name: DocumentRequirements PK_DocumentRequirements; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DocumentRequirements"
    ADD CONSTRAINT "PK_DocumentRequirements" PRIMARY KEY ("Id");


--
-- Name: EvaluationPanelMembers PK_EvaluationPanelMembers; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."EvaluationPanelMembers"
    ADD CONSTRAINT "PK_EvaluationPanelMembers" PRIMARY KEY ("Id");


--
-- Name: EvaluationScores PK_EvaluationScores; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."EvaluationScores"
    ADD CONSTRAINT "PK_EvaluationScores" PRIMARY KEY ("Id");


--
-- Name: Evaluations PK_Evaluations; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Evaluations"
    ADD CONSTRAINT "PK_Evaluations" PRIMARY KEY ("Id");


--
-- Name: InboxItems PK_InboxItems; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."InboxItems"
    ADD CONSTRAINT "PK_InboxItems" PRIMARY KEY ("Id");


--
-- Name: InspectionAnswers PK_InspectionAnswers; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."InspectionAnswers"
    ADD CONSTRAINT "PK_InspectionAnswers" PRIMARY KEY ("Id");


--
-- Name: InspectionEvents PK_InspectionEvents; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."InspectionEvents"
    ADD CONSTRAINT "PK_InspectionEvents" PRIMARY KEY ("Id");


--
-- Name: InspectionFindings PK_InspectionFindings; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."InspectionFindings"
    ADD CONSTRAINT "PK_InspectionFindings" PRIMARY KEY ("Id");


--
-- Name: InspectionPhotos PK_InspectionPhotos; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."InspectionPhotos"
    ADD CONSTRAINT "PK_InspectionPhotos" PRIMARY KEY ("Id");


--
-- Name: InspectionPlans PK_InspectionPlans; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."InspectionPlans"
    ADD CONSTRAINT "PK_InspectionPlans" PRIMARY KEY ("Id");


--
-- Name: InspectionTeamMembers PK_InspectionTeamMembers; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."InspectionTeamMembers"
    ADD CONSTRAINT "PK_InspectionTeamMembers" PRIMARY KEY ("Id");


--
-- Name: Inspections PK_Inspections; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Inspections"
    ADD CONSTRAINT "PK_Inspections" PRIMARY KEY ("Id");


--
-- Name: InspectorConflicts PK_InspectorConflicts; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."InspectorConflicts"
    ADD CONSTRAINT "PK_InspectorConflicts" PRIMARY KEY ("Id");


--
-- Name: JobOrders PK_JobOrders; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."JobOrders"
    ADD CONSTRAINT "PK_JobOrders" PRIMARY KEY ("Id");


--
-- Name: JobSchedules PK_JobSchedules; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."JobSchedules"
    ADD CONSTRAINT "PK_JobSchedules" PRIMARY KEY ("Id");


--
-- Name: LicenceApplications PK_LicenceApplications; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."LicenceApplications"
    ADD CONSTRAINT "PK_LicenceApplications" PRIMARY KEY ("Id");


--
-- Name: LicenceStatusChanges PK_LicenceStatusChanges; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."LicenceStatusChanges"
    ADD CONSTRAINT "PK_LicenceStatusChanges" PRIMARY KEY ("Id");


--
-- Name: Licences PK_Licences; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Licences"
    ADD CONSTRAINT "PK_Licences" PRIMARY KEY ("Id");


--
-- Name: OnSiteServices PK_OnSiteServices; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."OnSiteServices"
    ADD CONSTRAINT "PK_OnSiteServices" PRIMARY KEY ("Id");


--
-- Name: OpenComplaintCounts PK_OpenComplaintCounts; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."OpenComplaintCounts"
    ADD CONSTRAINT "PK_OpenComplaintCounts" PRIMARY KEY ("ProvinceCode", "OfficerName", "DueMonth");


--
-- Name: OutboxMessages PK_OutboxMessages; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."OutboxMessages"
    ADD CONSTRAINT "PK_OutboxMessages" PRIMARY KEY ("Id");


--
-- Name: Provinces PK_Provinces; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Provinces"
    ADD CONSTRAINT "PK_Provinces" PRIMARY KEY ("Code");


--
-- Name: PublicHolidays PK_PublicHolidays; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PublicHolidays"
    ADD CONSTRAINT "PK_PublicHolidays" PRIMARY KEY ("Id");


--
-- Name: ReceivedComplaintCounts PK_ReceivedComplaintCounts; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ReceivedComplaintCounts"
    ADD CONSTRAINT "PK_ReceivedComplaintCounts" PRIMARY KEY ("Month", "Category", "ProvinceCode", "Outcome");


--
-- Name: RepatriationCases PK_RepatriationCases; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RepatriationCases"
    ADD CONSTRAINT "PK_RepatriationCases" PRIMARY KEY ("Id");


--
-- Name: Rewards PK_Rewards; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Rewards"
    ADD CONSTRAINT "PK_Rewards" PRIMARY KEY ("Id");


--
-- Name: Sanctions PK_Sanctions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Sanctions"
    ADD CONSTRAINT "PK_Sanctions" PRIMARY KEY ("Id");


--
-- Name: Sectors PK_Sectors; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Sectors"
    ADD CONSTRAINT "PK_Sectors" PRIMARY KEY ("Code");


--
-- Name: Settings PK_Settings; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Settings"
    ADD CONSTRAINT "PK_Settings" PRIMARY KEY ("Id");


--
-- Name: TrainingCentres PK_TrainingCentres; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TrainingCentres"
    ADD CONSTRAINT "PK_TrainingCentres" PRIMARY KEY ("Id");


--
-- Name: WebhookEndpoints PK_WebhookEndpoints; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WebhookEndpoints"
    ADD CONSTRAINT "PK_WebhookEndpoints" PRIMARY KEY ("BodyKey");


--
-- Name: WorkerMovementCounts PK_WorkerMovementCounts; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkerMovementCounts"
    ADD CONSTRAINT "PK_WorkerMovementCounts" PRIMARY KEY ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode");


--
-- Name: Workers PK_Workers; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Workers"
    ADD CONSTRAINT "PK_Workers" PRIMARY KEY ("Id");


--
-- Name: __EFMigrationsHistory PK___EFMigrationsHistory; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."__EFMigrationsHistory"
    ADD CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId");


--
-- Name: EmailIndex; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "EmailIndex" ON public."AspNetUsers" USING btree ("NormalizedEmail");


--
-- Name: IX_Agencies_RegistrationNumber; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Agencies_RegistrationNumber" ON public."Agencies" USING btree ("RegistrationNumber");


--
-- Name: IX_Alerts_BodyKey_Sequence; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Alerts_BodyKey_Sequence" ON public."Alerts" USING btree ("BodyKey", "Sequence");


--
-- Name: IX_Alerts_CaseId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Alerts_CaseId" ON public."Alerts" USING btree ("CaseId");


--
-- Name: IX_ApplicationDocuments_ApplicationId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_ApplicationDocuments_ApplicationId" ON public."ApplicationDocuments" USING btree ("ApplicationId");


--
-- Name: IX_ApplicationEvents_ApplicationId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_ApplicationEvents_ApplicationId" ON public."ApplicationEvents" USING btree ("ApplicationId");


--
-- Name: IX_AspNetRoleClaims_RoleId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON public."AspNetRoleClaims" USING btree ("RoleId");


--
-- Name: IX_AspNetUserClaims_UserId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_AspNetUserClaims_UserId" ON public."AspNetUserClaims" USING btree ("UserId");


--
-- Name: IX_AspNetUserLogins_UserId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_AspNetUserLogins_UserId" ON public."AspNetUserLogins" USING btree ("UserId");


--
-- Name: IX_AspNetUserRoles_RoleId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON public."AspNetUserRoles" USING btree ("RoleId");


--
-- Name: IX_AspNetUsers_AgencyId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_AspNetUsers_AgencyId" ON public."AspNetUsers" USING btree ("AgencyId");


--
-- Name: IX_AuditEntries_EntityType_EntityId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_AuditEntries_EntityType_EntityId" ON public."AuditEntries" USING btree ("EntityType", "EntityId");


--
-- Name: IX_Branches_AgencyId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Branches_AgencyId" ON public."Branches" USING btree ("AgencyId");


--
-- Name: IX_ChecklistItems_TemplateVersion_Code; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_ChecklistItems_TemplateVersion_Code" ON public."ChecklistItems" USING btree ("TemplateVersion", "Code");


--
-- Name: IX_ComplaintEntries_ComplaintId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_ComplaintEntries_ComplaintId" ON public."ComplaintEntries" USING btree ("ComplaintId");


--
-- Name: IX_ComplaintEvidence_ComplaintId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_ComplaintEvidence_ComplaintId" ON public."ComplaintEvidence" USING btree ("ComplaintId");


--
-- Name: IX_Complaints_AgencyId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Complaints_AgencyId" ON public."Complaints" USING btree ("AgencyId");


--
-- Name: IX_Complaints_FiledByUserId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Complaints_FiledByUserId" ON public."Complaints" USING btree ("FiledByUserId");


--
-- Name: IX_Complaints_NotReceived_ResolveBy_Id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Complaints_NotReceived_ResolveBy_Id" ON public."Complaints" USING btree ("ResolveBy", "Id") WHERE (("Status")::text <> 'Received'::text);


--
-- Name: IX_Complaints_Open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Complaints_Open" ON public."Complaints" USING btree ("Id") WHERE (("Status")::text = ANY ((ARRAY['Received'::character varying, 'Acknowledged'::character varying, 'UnderInvestigation'::character varying, 'Conciliation'::character varying])::text[]));


--
-- Name: IX_Complaints_ReceivedAt_AgencyId_DecidedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Complaints_ReceivedAt_AgencyId_DecidedAt" ON public."Complaints" USING btree ("ReceivedAt", "AgencyId", "DecidedAt");


--
-- Name: IX_Complaints_Received_AcknowledgeBy; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Complaints_Received_AcknowledgeBy" ON public."Complaints" USING btree ("AcknowledgeBy") WHERE (("Status")::text = 'Received'::text);


--
-- Name: IX_Complaints_Received_ResolveBy_Id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Complaints_Received_ResolveBy_Id" ON public."Complaints" USING btree ("ResolveBy", "Id") WHERE (("Status")::text = 'Received'::text);


--
-- Name: IX_Complaints_ReferredTo; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Complaints_ReferredTo" ON public."Complaints" USING btree ("ReferredTo");


--
-- Name: IX_Complaints_Status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Complaints_Status" ON public."Complaints" USING btree ("Status");


--
-- Name: IX_Complaints_TrackingCode; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Complaints_TrackingCode" ON public."Complaints" USING btree ("TrackingCode");


--
-- Name: IX_ContractClauses_Code; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_ContractClauses_Code" ON public."ContractClauses" USING btree ("Code");


--
-- Name: IX_DepartureClearances_AgencyId_Status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DepartureClearances_AgencyId_Status" ON public."DepartureClearances" USING btree ("AgencyId", "Status");


--
-- Name: IX_DepartureClearances_DeploymentId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DepartureClearances_DeploymentId" ON public."DepartureClearances" USING btree ("DeploymentId");


--
-- Name: IX_DepartureClearances_Number; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_DepartureClearances_Number" ON public."DepartureClearances" USING btree ("Number");


--
-- Name: IX_DepartureClearances_OpenSlot; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_DepartureClearances_OpenSlot" ON public."DepartureClearances" USING btree ("OpenSlot");


--
-- Name: IX_DepartureClearances_Status_ValidUntil; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DepartureClearances_Status_ValidUntil" ON public."DepartureClearances" USING btree ("Status", "ValidUntil");


--
-- Name: IX_DepartureClearances_WorkerId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DepartureClearances_WorkerId" ON public."DepartureClearances" USING btree ("WorkerId");


--
-- Name: IX_DeploymentFees_DeploymentId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DeploymentFees_DeploymentId" ON public."DeploymentFees" USING btree ("DeploymentId");


--
-- Name: IX_DeploymentRestrictions_CountryCode_SectorCode; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_DeploymentRestrictions_CountryCode_SectorCode" ON public."DeploymentRestrictions" USING btree ("CountryCode", "SectorCode") WHERE ("EndedOn" IS NULL);


--
-- Name: IX_Deployments_AgencyId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Deployments_AgencyId" ON public."Deployments" USING btree ("AgencyId");


--
-- Name: IX_Deployments_CountryCode; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Deployments_CountryCode" ON public."Deployments" USING btree ("CountryCode");


--
-- Name: IX_Deployments_JobOrderId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Deployments_JobOrderId" ON public."Deployments" USING btree ("JobOrderId");


--
-- Name: IX_Deployments_OpenSlot; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Deployments_OpenSlot" ON public."Deployments" USING btree ("OpenSlot");


--
-- Name: IX_Deployments_WorkerId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Deployments_WorkerId" ON public."Deployments" USING btree ("WorkerId");


--
-- Name: IX_DisappearanceCases_AgencyId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DisappearanceCases_AgencyId" ON public."DisappearanceCases" USING btree ("AgencyId");


--
-- Name: IX_DisappearanceCases_CountryCode_ReportedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DisappearanceCases_CountryCode_ReportedAt" ON public."DisappearanceCases" USING btree ("CountryCode", "ReportedAt");


--
-- Name: IX_DisappearanceCases_DeploymentId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DisappearanceCases_DeploymentId" ON public."DisappearanceCases" USING btree ("DeploymentId");


--
-- Name: IX_DisappearanceCases_IdempotencyKey; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_DisappearanceCases_IdempotencyKey" ON public."DisappearanceCases" USING btree ("IdempotencyKey");


--
-- Name: IX_DisappearanceCases_Number; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_DisappearanceCases_Number" ON public."DisappearanceCases" USING btree ("Number");


--
-- Name: IX_DisappearanceCases_OpenSlot; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_DisappearanceCases_OpenSlot" ON public."DisappearanceCases" USING btree ("OpenSlot");


--
-- Name: IX_DisappearanceCases_Status_LastAgencyUpdateAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DisappearanceCases_Status_LastAgencyUpdateAt" ON public."DisappearanceCases" USING btree ("Status", "LastAgencyUpdateAt");


--
-- Name: IX_DisappearanceCases_WorkerId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DisappearanceCases_WorkerId" ON public."DisappearanceCases" USING btree ("WorkerId");


--
-- Name: IX_DisappearanceRecipients_CaseId_BodyKey; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_DisappearanceRecipients_CaseId_BodyKey" ON public."DisappearanceRecipients" USING btree ("CaseId", "BodyKey");


--
-- Name: IX_DisappearanceRecipients_Unacknowledged; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DisappearanceRecipients_Unacknowledged" ON public."DisappearanceRecipients" USING btree ("AcknowledgedAt", "EscalatedAt", "NotifiedAt");


--
-- Name: IX_DisappearanceUpdates_CaseId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DisappearanceUpdates_CaseId" ON public."DisappearanceUpdates" USING btree ("CaseId");


--
-- Name: IX_DocumentRequirements_Code; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_DocumentRequirements_Code" ON public."DocumentRequirements" USING btree ("Code");


--
-- Name: IX_EvaluationPanelMembers_EvaluationId_UserId; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_EvaluationPanelMembers_EvaluationId_UserId" ON public."EvaluationPanelMembers" USING btree ("EvaluationId", "UserId");


--
-- Name: IX_EvaluationPanelMembers_UserId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_EvaluationPanelMembers_UserId" ON public."EvaluationPanelMembers" USING btree ("UserId");


--
-- Name: IX_EvaluationScores_EvaluationId_UserId_Criterion; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_EvaluationScores_EvaluationId_UserId_Criterion" ON public."EvaluationScores" USING btree ("EvaluationId", "UserId", "Criterion");


--
-- Name: IX_Evaluations_AgencyId_Status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Evaluations_AgencyId_Status" ON public."Evaluations" USING btree ("AgencyId", "Status");


--
-- Name: IX_Evaluations_OneOpenPerAgency; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Evaluations_OneOpenPerAgency" ON public."Evaluations" USING btree ("AgencyId") WHERE (("Status")::text <> 'Decided'::text);


--
-- Name: IX_InboxItems_OutboxMessageId; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_InboxItems_OutboxMessageId" ON public."InboxItems" USING btree ("OutboxMessageId");


--
-- Name: IX_InboxItems_UserId_CreatedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_InboxItems_UserId_CreatedAt" ON public."InboxItems" USING btree ("UserId", "CreatedAt");


--
-- Name: IX_InspectionAnswers_InspectionId_ItemCode; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_InspectionAnswers_InspectionId_ItemCode" ON public."InspectionAnswers" USING btree ("InspectionId", "ItemCode");


--
-- Name: IX_InspectionEvents_InspectionId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_InspectionEvents_InspectionId" ON public."InspectionEvents" USING btree ("InspectionId");


--
-- Name: IX_InspectionFindings_InspectionId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_InspectionFindings_InspectionId" ON public."InspectionFindings" USING btree ("InspectionId");


--
-- Name: IX_InspectionFindings_Status_DueOn; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_InspectionFindings_Status_DueOn" ON public."InspectionFindings" USING btree ("Status", "DueOn");


--
-- Name: IX_InspectionPhotos_InspectionId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_InspectionPhotos_InspectionId" ON public."InspectionPhotos" USING btree ("InspectionId");


--
-- Name: IX_InspectionPlans_Year; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_InspectionPlans_Year" ON public."InspectionPlans" USING btree ("Year");


--
-- Name: IX_InspectionTeamMembers_InspectionId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_InspectionTeamMembers_InspectionId" ON public."InspectionTeamMembers" USING btree ("InspectionId");


--
-- Name: IX_InspectionTeamMembers_InspectorId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_InspectionTeamMembers_InspectorId" ON public."InspectionTeamMembers" USING btree ("InspectorId");


--
-- Name: IX_Inspections_AgencyId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Inspections_AgencyId" ON public."Inspections" USING btree ("AgencyId");


--
-- Name: IX_Inspections_Date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Inspections_Date" ON public."Inspections" USING btree ("Date");


--
-- Name: IX_Inspections_PlanId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Inspections_PlanId" ON public."Inspections" USING btree ("PlanId");


--
-- Name: IX_Inspections_Status_ScheduledOn; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Inspections_Status_ScheduledOn" ON public."Inspections" USING btree ("Status", "ScheduledOn");


--
-- Name: IX_InspectorConflicts_InspectorId_AgencyId; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_InspectorConflicts_InspectorId_AgencyId" ON public."InspectorConflicts" USING btree ("InspectorId", "AgencyId");


--
-- Name: IX_JobOrders_AgencyId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_JobOrders_AgencyId" ON public."JobOrders" USING btree ("AgencyId");


--
-- Name: IX_JobOrders_Status_CreatedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_JobOrders_Status_CreatedAt" ON public."JobOrders" USING btree ("Status", "CreatedAt");


--
-- Name: IX_JobSchedules_JobName; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_JobSchedules_JobName" ON public."JobSchedules" USING btree ("JobName");


--
-- Name: IX_LicenceApplications_AgencyId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_LicenceApplications_AgencyId" ON public."LicenceApplications" USING btree ("AgencyId");


--
-- Name: IX_LicenceApplications_LicenceId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_LicenceApplications_LicenceId" ON public."LicenceApplications" USING btree ("LicenceId");


--
-- Name: IX_LicenceApplications_OpenSlot; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_LicenceApplications_OpenSlot" ON public."LicenceApplications" USING btree ("OpenSlot");


--
-- Name: IX_LicenceApplications_Status_SubmittedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_LicenceApplications_Status_SubmittedAt" ON public."LicenceApplications" USING btree ("Status", "SubmittedAt");


--
-- Name: IX_LicenceStatusChanges_LicenceId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_LicenceStatusChanges_LicenceId" ON public."LicenceStatusChanges" USING btree ("LicenceId");


--
-- Name: IX_Licences_AgencyId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Licences_AgencyId" ON public."Licences" USING btree ("AgencyId");


--
-- Name: IX_Licences_AgencyId_Held; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Licences_AgencyId_Held" ON public."Licences" USING btree ("AgencyId") WHERE (("Status")::text = ANY ((ARRAY['Active'::character varying, 'Suspended'::character varying])::text[]));


--
-- Name: IX_Licences_Number; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Licences_Number" ON public."Licences" USING btree ("Number");


--
-- Name: IX_Licences_Status_ExpiresOn; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Licences_Status_ExpiresOn" ON public."Licences" USING btree ("Status", "ExpiresOn");


--
-- Name: IX_OnSiteServices_DeploymentId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_OnSiteServices_DeploymentId" ON public."OnSiteServices" USING btree ("DeploymentId");


--
-- Name: IX_OutboxMessages_DeduplicationKey; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_OutboxMessages_DeduplicationKey" ON public."OutboxMessages" USING btree ("DeduplicationKey");


--
-- Name: IX_OutboxMessages_NextAttemptAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_OutboxMessages_NextAttemptAt" ON public."OutboxMessages" USING btree ("NextAttemptAt");


--
-- Name: IX_OutboxMessages_Undelivered; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_OutboxMessages_Undelivered" ON public."OutboxMessages" USING btree ("Id") WHERE ("DeliveredAt" IS NULL);


--
-- Name: IX_PublicHolidays_Date; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_PublicHolidays_Date" ON public."PublicHolidays" USING btree ("Date");


--
-- Name: IX_RepatriationCases_DeploymentId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_RepatriationCases_DeploymentId" ON public."RepatriationCases" USING btree ("DeploymentId");


--
-- Name: IX_Rewards_AgencyId_Kind; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Rewards_AgencyId_Kind" ON public."Rewards" USING btree ("AgencyId", "Kind");


--
-- Name: IX_Rewards_EvaluationId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Rewards_EvaluationId" ON public."Rewards" USING btree ("EvaluationId");


--
-- Name: IX_Sanctions_AgencyId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Sanctions_AgencyId" ON public."Sanctions" USING btree ("AgencyId");


--
-- Name: IX_Sanctions_Source_SourceId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Sanctions_Source_SourceId" ON public."Sanctions" USING btree ("Source", "SourceId");


--
-- Name: IX_Sanctions_Status_EffectiveFrom; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Sanctions_Status_EffectiveFrom" ON public."Sanctions" USING btree ("Status", "EffectiveFrom");


--
-- Name: IX_Settings_Key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Settings_Key" ON public."Settings" USING btree ("Key");


--
-- Name: IX_TrainingCentres_AgencyId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_TrainingCentres_AgencyId" ON public."TrainingCentres" USING btree ("AgencyId");


--
-- Name: IX_Workers_AgencyId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Workers_AgencyId" ON public."Workers" USING btree ("AgencyId");


--
-- Name: IX_Workers_LatestCountry; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Workers_LatestCountry" ON public."Workers" USING btree ("LatestCountryCode", "LatestStatus", "RegisteredAt" DESC, "NameLatin");


--
-- Name: IX_Workers_LatestStatus; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Workers_LatestStatus" ON public."Workers" USING btree ("LatestStatus", "RegisteredAt" DESC, "NameLatin");


--
-- Name: IX_Workers_NationalId; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Workers_NationalId" ON public."Workers" USING btree ("NationalId");


--
-- Name: IX_Workers_Newest; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Workers_Newest" ON public."Workers" USING btree ("RegisteredAt" DESC, "NameLatin");


--
-- Name: IX_Workers_PassportNumber; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Workers_PassportNumber" ON public."Workers" USING btree ("PassportNumber");


--
-- Name: RoleNameIndex; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "RoleNameIndex" ON public."AspNetRoles" USING btree ("NormalizedName");


--
-- Name: UserNameIndex; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "UserNameIndex" ON public."AspNetUsers" USING btree ("NormalizedUserName");


--
-- Name: AuditEntries audit_entries_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_entries_append_only BEFORE DELETE OR UPDATE ON public."AuditEntries" FOR EACH ROW EXECUTE FUNCTION public.audit_entries_append_only();


--
-- Name: Complaints complaints_count_open_deleted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER complaints_count_open_deleted AFTER DELETE ON public."Complaints" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.count_open_complaints();


--
-- Name: Complaints complaints_count_open_inserted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER complaints_count_open_inserted AFTER INSERT ON public."Complaints" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.count_open_complaints();


--
-- Name: Complaints complaints_count_open_updated; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER complaints_count_open_updated AFTER UPDATE OF "Status", "AcknowledgeBy", "ResolveBy", "Complainant_ProvinceCode", "AssignedOfficerName", "AgencyId" ON public."Complaints" FOR EACH ROW WHEN ((((old."Status")::text IS DISTINCT FROM (new."Status")::text) OR (old."AcknowledgeBy" IS DISTINCT FROM new."AcknowledgeBy") OR (old."ResolveBy" IS DISTINCT FROM new."ResolveBy") OR ((old."Complainant_ProvinceCode")::text IS DISTINCT FROM (new."Complainant_ProvinceCode")::text) OR ((old."AssignedOfficerName")::text IS DISTINCT FROM (new."AssignedOfficerName")::text) OR (old."AgencyId" IS DISTINCT FROM new."AgencyId"))) EXECUTE FUNCTION public.count_open_complaints_changed();


--
-- Name: Complaints complaints_count_received_deleted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER complaints_count_received_deleted AFTER DELETE ON public."Complaints" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.count_received_complaints();


--
-- Name: Complaints complaints_count_received_inserted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER complaints_count_received_inserted AFTER INSERT ON public."Complaints" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.count_received_complaints();


--
-- Name: Complaints complaints_count_received_updated; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER complaints_count_received_updated AFTER UPDATE OF "ReceivedAt", "Account_Category", "Complainant_ProvinceCode", "Outcome", "DecidedAt", "AgencyId" ON public."Complaints" FOR EACH ROW WHEN (((old."ReceivedAt" IS DISTINCT FROM new."ReceivedAt") OR ((old."Account_Category")::text IS DISTINCT FROM (new."Account_Category")::text) OR ((old."Complainant_ProvinceCode")::text IS DISTINCT FROM (new."Complainant_ProvinceCode")::text) OR ((old."Outcome")::text IS DISTINCT FROM (new."Outcome")::text) OR (old."DecidedAt" IS DISTINCT FROM new."DecidedAt") OR (old."AgencyId" IS DISTINCT FROM new."AgencyId"))) EXECUTE FUNCTION public.count_received_complaints_changed();


--
-- Name: Deployments deployments_count_movements_deleted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER deployments_count_movements_deleted AFTER DELETE ON public."Deployments" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.count_deployment_movements();


--
-- Name: Deployments deployments_count_movements_inserted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER deployments_count_movements_inserted AFTER INSERT ON public."Deployments" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.count_deployment_movements();


--
-- Name: Deployments deployments_count_movements_updated; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER deployments_count_movements_updated AFTER UPDATE ON public."Deployments" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.count_deployment_movements();


--
-- Name: Deployments deployments_keep_latest; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER deployments_keep_latest AFTER INSERT OR DELETE OR UPDATE OF "Status", "CountryCode" ON public."Deployments" FOR EACH ROW EXECUTE FUNCTION public.keep_latest_deployment();


--
-- Name: RepatriationCases repatriationcases_count_movements_deleted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER repatriationcases_count_movements_deleted AFTER DELETE ON public."RepatriationCases" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.count_repatriation_movements();


--
-- Name: RepatriationCases repatriationcases_count_movements_inserted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER repatriationcases_count_movements_inserted AFTER INSERT ON public."RepatriationCases" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.count_repatriation_movements();


--
-- Name: ApplicationDocuments FK_ApplicationDocuments_LicenceApplications_ApplicationId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ApplicationDocuments"
    ADD CONSTRAINT "FK_ApplicationDocuments_LicenceApplications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES public."LicenceApplications"("Id") ON DELETE CASCADE;


--
-- Name: ApplicationEvents FK_ApplicationEvents_LicenceApplications_ApplicationId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ApplicationEvents"
    ADD CONSTRAINT "FK_ApplicationEvents_LicenceApplications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES public."LicenceApplications"("Id") ON DELETE CASCADE;


--
-- Name: AspNetRoleClaims FK_AspNetRoleClaims_AspNetRoles_RoleId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetRoleClaims"
    ADD CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES public."AspNetRoles"("Id") ON DELETE CASCADE;


--
-- Name: AspNetUserClaims FK_AspNetUserClaims_AspNetUsers_UserId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserClaims"
    ADD CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES public."AspNetUsers"("Id") ON DELETE CASCADE;


--
-- Name: AspNetUserLogins FK_AspNetUserLogins_AspNetUsers_UserId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserLogins"
    ADD CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES public."AspNetUsers"("Id") ON DELETE CASCADE;


--
-- Name: AspNetUserRoles FK_AspNetUserRoles_AspNetRoles_RoleId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserRoles"
    ADD CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES public."AspNetRoles"("Id") ON DELETE CASCADE;


--
-- Name: AspNetUserRoles FK_AspNetUserRoles_AspNetUsers_UserId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserRoles"
    ADD CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES public."AspNetUsers"("Id") ON DELETE CASCADE;


--
-- Name: AspNetUserTokens FK_AspNetUserTokens_AspNetUsers_UserId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserTokens"
    ADD CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES public."AspNetUsers"("Id") ON DELETE CASCADE;


--
-- Name: Branches FK_Branches_Agencies_AgencyId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Branches"
    ADD CONSTRAINT "FK_Branches_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES public."Agencies"("Id") ON DELETE CASCADE;


--
-- Name: ComplaintEntries FK_ComplaintEntries_Complaints_ComplaintId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ComplaintEntries"
    ADD CONSTRAINT "FK_ComplaintEntries_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES public."Complaints"("Id") ON DELETE CASCADE;


--
-- Name: ComplaintEvidence FK_ComplaintEvidence_Complaints_ComplaintId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ComplaintEvidence"
    ADD CONSTRAINT "FK_ComplaintEvidence_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES public."Complaints"("Id") ON DELETE CASCADE;


--
-- Name: Complaints FK_Complaints_Agencies_AgencyId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Complaints"
    ADD CONSTRAINT "FK_Complaints_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES public."Agencies"("Id") ON DELETE RESTRICT;


--
-- Name: DepartureClearances FK_DepartureClearances_Agencies_AgencyId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DepartureClearances"
    ADD CONSTRAINT "FK_DepartureClearances_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES public."Agencies"("Id") ON DELETE RESTRICT;


--
-- Name: DepartureClearances FK_DepartureClearances_Deployments_DeploymentId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DepartureClearances"
    ADD CONSTRAINT "FK_DepartureClearances_Deployments_DeploymentId" FOREIGN KEY ("DeploymentId") REFERENCES public."Deployments"("Id") ON DELETE CASCADE;


--
-- Name: DepartureClearances FK_DepartureClearances_Workers_WorkerId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DepartureClearances"
    ADD CONSTRAINT "FK_DepartureClearances_Workers_WorkerId" FOREIGN KEY ("WorkerId") REFERENCES public."Workers"("Id") ON DELETE RESTRICT;


--
-- Name: DeploymentFees FK_DeploymentFees_Deployments_DeploymentId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DeploymentFees"
    ADD CONSTRAINT "FK_DeploymentFees_Deployments_DeploymentId" FOREIGN KEY ("DeploymentId") REFERENCES public."Deployments"("Id") ON DELETE CASCADE;


--
-- Name: Deployments FK_Deployments_Agencies_AgencyId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Deployments"
    ADD CONSTRAINT "FK_Deployments_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES public."Agencies"("Id") ON DELETE RESTRICT;


--
-- Name: Deployments FK_Deployments_JobOrders_JobOrderId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Deployments"
    ADD CONSTRAINT "FK_Deployments_JobOrders_JobOrderId" FOREIGN KEY ("JobOrderId") REFERENCES public."JobOrders"("Id") ON DELETE RESTRICT;


--
-- Name: Deployments FK_Deployments_Workers_WorkerId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Deployments"
    ADD CONSTRAINT "FK_Deployments_Workers_WorkerId" FOREIGN KEY ("WorkerId") REFERENCES public."Workers"("Id") ON DELETE RESTRICT;


--
-- Name: DisappearanceCases FK_DisappearanceCases_Agencies_AgencyId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DisappearanceCases"
    ADD CONSTRAINT "FK_DisappearanceCases_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES public."Agencies"("Id") ON DELETE RESTRICT;


--
-- Name: DisappearanceCases FK_DisappearanceCases_Deployments_DeploymentId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DisappearanceCases"
    ADD CONSTRAINT "FK_DisappearanceCases_Deployments_DeploymentId" FOREIGN KEY ("DeploymentId") REFERENCES public."Deployments"("Id") ON DELETE RESTRICT;


--
-- Name: DisappearanceCases FK_DisappearanceCases_Workers_WorkerId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DisappearanceCases"
    ADD CONSTRAINT "FK_DisappearanceCases_Workers_WorkerId" FOREIGN KEY ("WorkerId") REFERENCES public."Workers"("Id") ON DELETE RESTRICT;


--
-- Name: DisappearanceRecipients FK_DisappearanceRecipients_DisappearanceCases_CaseId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DisappearanceRecipients"
    ADD CONSTRAINT "FK_DisappearanceRecipients_DisappearanceCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES public."DisappearanceCases"("Id") ON DELETE CASCADE;


--
-- Name: DisappearanceUpdates FK_DisappearanceUpdates_DisappearanceCases_CaseId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DisappearanceUpdates"
    ADD CONSTRAINT "FK_DisappearanceUpdates_DisappearanceCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES public."DisappearanceCases"("Id") ON DELETE CASCADE;


--
-- Name: EvaluationPanelMembers FK_EvaluationPanelMembers_Evaluations_EvaluationId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."EvaluationPanelMembers"
    ADD CONSTRAINT "FK_EvaluationPanelMembers_Evaluations_EvaluationId" FOREIGN KEY ("EvaluationId") REFERENCES public."Evaluations"("Id") ON DELETE CASCADE;


--
-- Name: EvaluationScores FK_EvaluationScores_Evaluations_EvaluationId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."EvaluationScores"
    ADD CONSTRAINT "FK_EvaluationScores_Evaluations_EvaluationId" FOREIGN KEY ("EvaluationId") REFERENCES public."Evaluations"("Id") ON DELETE CASCADE;


--
-- Name: Evaluations FK_Evaluations_Agencies_AgencyId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Evaluations"
    ADD CONSTRAINT "FK_Evaluations_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES public."Agencies"("Id") ON DELETE RESTRICT;


--
-- Name: InspectionAnswers FK_InspectionAnswers_Inspections_InspectionId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."InspectionAnswers"
    ADD CONSTRAINT "FK_InspectionAnswers_Inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES public."Inspections"("Id") ON DELETE CASCADE;


--
-- Name: InspectionEvents FK_InspectionEvents_Inspections_InspectionId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."InspectionEvents"
    ADD CONSTRAINT "FK_InspectionEvents_Inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES public."Inspections"("Id") ON DELETE CASCADE;


--
-- Name: InspectionFindings FK_InspectionFindings_Inspections_InspectionId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."InspectionFindings"
    ADD CONSTRAINT "FK_InspectionFindings_Inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES public."Inspections"("Id") ON DELETE CASCADE;


--
-- Name: InspectionPhotos FK_InspectionPhotos_Inspections_InspectionId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."InspectionPhotos"
    ADD CONSTRAINT "FK_InspectionPhotos_Inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES public."Inspections"("Id") ON DELETE CASCADE;


--
-- Name: InspectionTeamMembers FK_InspectionTeamMembers_Inspections_InspectionId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."InspectionTeamMembers"
    ADD CONSTRAINT "FK_InspectionTeamMembers_Inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES public."Inspections"("Id") ON DELETE CASCADE;


--
-- Name: Inspections FK_Inspections_Agencies_AgencyId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Inspections"
    ADD CONSTRAINT "FK_Inspections_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES public."Agencies"("Id") ON DELETE RESTRICT;


--
-- Name: JobOrders FK_JobOrders_Agencies_AgencyId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."JobOrders"
    ADD CONSTRAINT "FK_JobOrders_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES public."Agencies"("Id") ON DELETE RESTRICT;


--
-- Name: LicenceApplications FK_LicenceApplications_Agencies_AgencyId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."LicenceApplications"
    ADD CONSTRAINT "FK_LicenceApplications_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES public."Agencies"("Id") ON DELETE RESTRICT;


--
-- Name: LicenceStatusChanges FK_LicenceStatusChanges_Licences_LicenceId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."LicenceStatusChanges"
    ADD CONSTRAINT "FK_LicenceStatusChanges_Licences_LicenceId" FOREIGN KEY ("LicenceId") REFERENCES public."Licences"("Id") ON DELETE CASCADE;


--
-- Name: Licences FK_Licences_Agencies_AgencyId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Licences"
    ADD CONSTRAINT "FK_Licences_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES public."Agencies"("Id") ON DELETE RESTRICT;


--
-- Name: OnSiteServices FK_OnSiteServices_Deployments_DeploymentId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."OnSiteServices"
    ADD CONSTRAINT "FK_OnSiteServices_Deployments_DeploymentId" FOREIGN KEY ("DeploymentId") REFERENCES public."Deployments"("Id") ON DELETE CASCADE;


--
-- Name: RepatriationCases FK_RepatriationCases_Deployments_DeploymentId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RepatriationCases"
    ADD CONSTRAINT "FK_RepatriationCases_Deployments_DeploymentId" FOREIGN KEY ("DeploymentId") REFERENCES public."Deployments"("Id") ON DELETE CASCADE;


--
-- Name: Rewards FK_Rewards_Agencies_AgencyId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Rewards"
    ADD CONSTRAINT "FK_Rewards_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES public."Agencies"("Id") ON DELETE RESTRICT;


--
-- Name: Rewards FK_Rewards_Evaluations_EvaluationId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Rewards"
    ADD CONSTRAINT "FK_Rewards_Evaluations_EvaluationId" FOREIGN KEY ("EvaluationId") REFERENCES public."Evaluations"("Id") ON DELETE RESTRICT;


--
-- Name: Sanctions FK_Sanctions_Agencies_AgencyId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Sanctions"
    ADD CONSTRAINT "FK_Sanctions_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES public."Agencies"("Id") ON DELETE RESTRICT;


--
-- Name: TrainingCentres FK_TrainingCentres_Agencies_AgencyId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TrainingCentres"
    ADD CONSTRAINT "FK_TrainingCentres_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES public."Agencies"("Id") ON DELETE CASCADE;


--
-- Name: Workers FK_Workers_Agencies_AgencyId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Workers"
    ADD CONSTRAINT "FK_Workers_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES public."Agencies"("Id") ON DELETE RESTRICT;


--
-- PostgreSQL database dump complete
--


