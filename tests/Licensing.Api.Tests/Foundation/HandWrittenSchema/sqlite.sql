-- A SQLite database as the hand-written migrations (up to 20261204050000_HangfireScheduling) left it, made by
-- `migrate` at commit bbd468e (the set c6b7318 shipped) and dumped with sqlite3 .dump. Frozen: the baseline step's fixture (ADR-023).
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
    "Timestamp" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
INSERT INTO __EFMigrationsHistory VALUES('20261122000000_Initial','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122000100_QuartzSchema','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122010000_LicenceApplications','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122020000_Inspections','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122020100_InspectionPhotos','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122030000_Workers','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122040000_AppendOnlyAudit','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122050000_Disappearances','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122060000_Complaints','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122070000_Evaluations','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122080000_StatisticsIndexes','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122090000_SweepIndexes','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122100000_WorkerLatestDeployment','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122110000_ComplaintListAndDashboard','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122120000_ListIndexes','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122130000_ComplaintStatisticsTotals','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261204010000_OneLicencePerCompany','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261204020000_DepartureClearances','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261204030000_RestrictionsPublicAgenciesEvaluationCycle','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261204040000_PhnomPenhCalendar','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261204050000_HangfireScheduling','10.0.14');
CREATE TABLE IF NOT EXISTS "Countries" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Countries" PRIMARY KEY,
    "EmbassyDutyEmail" TEXT NOT NULL,
    "HasLabourMou" INTEGER NOT NULL,
    "Embassy_En" TEXT NOT NULL,
    "Embassy_Km" TEXT NOT NULL,
    "Name_En" TEXT NOT NULL,
    "Name_Km" TEXT NOT NULL
, "ReservedToPublicAgencies" INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS "Provinces" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Provinces" PRIMARY KEY,
    "Name_En" TEXT NOT NULL,
    "Name_Km" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "Sectors" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Sectors" PRIMARY KEY,
    "Name_En" TEXT NOT NULL,
    "Name_Km" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "DeploymentRestrictions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DeploymentRestrictions" PRIMARY KEY,
    "CountryCode" TEXT NOT NULL,
    "SectorCode" TEXT NOT NULL,
    "Since" TEXT NOT NULL,
    "LegalBasis_En" TEXT NOT NULL,
    "Version" TEXT NOT NULL
, "LegalBasis_Km" TEXT NOT NULL DEFAULT '', "SinceMonthOnly" INTEGER NOT NULL DEFAULT 0, "EndedOn" TEXT NULL);
CREATE TABLE IF NOT EXISTS "Settings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Settings" PRIMARY KEY,
    "Key" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "Version" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "UserName" TEXT NULL,
    "Action" TEXT NOT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Changes" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "OutboxMessages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OutboxMessages" PRIMARY KEY,
    "Channel" TEXT NOT NULL,
    "Recipient" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "DeduplicationKey" TEXT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" TEXT NULL,
    "DeliveredAt" TEXT NULL,
    "DeadLetteredAt" TEXT NULL,
    "LastError" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "InboxItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_InboxItems" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "OutboxMessageId" TEXT NOT NULL,
    "ReadAt" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "Agencies" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Agencies" PRIMARY KEY,
    "RegistrationNumber" TEXT NOT NULL,
    "TaxNumber" TEXT NOT NULL,
    "Phone" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Directors" TEXT NOT NULL,
    "HeadOffice_Line" TEXT NOT NULL,
    "HeadOffice_ProvinceCode" TEXT NOT NULL,
    "Name_En" TEXT NOT NULL,
    "Name_Km" TEXT NOT NULL,
    "Version" TEXT NOT NULL
, "IsPublicAgency" INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS "Branches" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Branches" PRIMARY KEY,
    "AgencyId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Address_Line" TEXT NOT NULL,
    "Address_ProvinceCode" TEXT NOT NULL,
    CONSTRAINT "FK_Branches_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Agencies" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "TrainingCentres" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_TrainingCentres" PRIMARY KEY,
    "AgencyId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Capacity" INTEGER NOT NULL,
    "Address_Line" TEXT NOT NULL,
    "Address_ProvinceCode" TEXT NOT NULL,
    CONSTRAINT "FK_TrainingCentres_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Agencies" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "Licences" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Licences" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "AgencyId" TEXT NOT NULL,
    "RegistrationNumber" TEXT NOT NULL,
    "IssuedOn" TEXT NOT NULL,
    "ExpiresOn" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Version" TEXT NOT NULL, "StatusReason" TEXT NULL, "SuspendedUntil" TEXT NULL, "RenewalPending" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "FK_Licences_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Agencies" ("Id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "FullName" TEXT NOT NULL,
    "AgencyId" TEXT NULL,
    "ProvinceCode" TEXT NULL,
    "CountryCode" TEXT NULL,
    "PanelSector" TEXT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "LicenceStatusChanges" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_LicenceStatusChanges" PRIMARY KEY,
    "LicenceId" TEXT NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "ByUserId" TEXT NULL,
    "ByName" TEXT NOT NULL,
    CONSTRAINT "FK_LicenceStatusChanges_Licences_LicenceId" FOREIGN KEY ("LicenceId") REFERENCES "Licences" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "DocumentRequirements" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DocumentRequirements" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "Active" INTEGER NOT NULL,
    "Name_En" TEXT NOT NULL,
    "Name_Km" TEXT NOT NULL,
    "Version" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "LicenceApplications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_LicenceApplications" PRIMARY KEY,
    "AgencyId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "LicenceId" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "SubmittedAt" TEXT NULL,
    "DecidedAt" TEXT NULL,
    "OpenSlot" TEXT NULL,
    "Details_ContactPerson" TEXT NOT NULL,
    "Details_ContactPhone" TEXT NOT NULL,
    "Details_DestinationCountries" TEXT NOT NULL,
    "Details_FinancialGuaranteeUsd" TEXT NULL,
    "Details_Statement" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_LicenceApplications_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Agencies" ("Id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "ApplicationDocuments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ApplicationDocuments" PRIMARY KEY,
    "ApplicationId" TEXT NOT NULL,
    "RequirementCode" TEXT NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "File_ContentType" TEXT NOT NULL,
    "File_FileName" TEXT NOT NULL,
    "File_Sha256" TEXT NOT NULL,
    "File_SizeBytes" INTEGER NOT NULL,
    "File_StorageKey" TEXT NOT NULL,
    CONSTRAINT "FK_ApplicationDocuments_LicenceApplications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "LicenceApplications" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "ApplicationEvents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ApplicationEvents" PRIMARY KEY,
    "ApplicationId" TEXT NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "Message" TEXT NULL,
    "At" TEXT NOT NULL,
    "ByUserId" TEXT NULL,
    "ByName" TEXT NOT NULL,
    CONSTRAINT "FK_ApplicationEvents_LicenceApplications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "LicenceApplications" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "InspectionPlans" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_InspectionPlans" PRIMARY KEY,
    "Year" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "Version" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "ChecklistItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ChecklistItems" PRIMARY KEY,
    "TemplateVersion" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "LegalBasis" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "Text_En" TEXT NOT NULL,
    "Text_Km" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "InspectorConflicts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_InspectorConflicts" PRIMARY KEY,
    "InspectorId" TEXT NOT NULL,
    "AgencyId" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "DeclaredAt" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "Inspections" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Inspections" PRIMARY KEY,
    "AgencyId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "PlanId" TEXT NULL,
    "PlannedFor" TEXT NOT NULL,
    "ScheduledOn" TEXT NULL,
    "Announced" INTEGER NOT NULL,
    "ChecklistVersion" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "ComplaintId" TEXT NULL,
    "FollowUpOf" TEXT NULL,
    "CompletedAt" TEXT NULL,
    "Site_Address" TEXT NOT NULL,
    "Site_Kind" TEXT NOT NULL,
    "Site_ProvinceCode" TEXT NOT NULL,
    "Site_SiteId" TEXT NULL,
    "Version" TEXT NOT NULL, "Date" AS (COALESCE("ScheduledOn", "PlannedFor")) STORED,
    CONSTRAINT "FK_Inspections_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Agencies" ("Id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "InspectionTeamMembers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_InspectionTeamMembers" PRIMARY KEY,
    "InspectionId" TEXT NOT NULL,
    "InspectorId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    CONSTRAINT "FK_InspectionTeamMembers_Inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES "Inspections" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "InspectionAnswers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_InspectionAnswers" PRIMARY KEY,
    "InspectionId" TEXT NOT NULL,
    "ItemCode" TEXT NOT NULL,
    "Answer" TEXT NOT NULL,
    "Note" TEXT NOT NULL,
    "AnsweredAt" TEXT NOT NULL,
    "AnsweredBy" TEXT NOT NULL,
    CONSTRAINT "FK_InspectionAnswers_Inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES "Inspections" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "InspectionFindings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_InspectionFindings" PRIMARY KEY,
    "InspectionId" TEXT NOT NULL,
    "ItemCode" TEXT NOT NULL,
    "Severity" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "CorrectiveAction" TEXT NOT NULL,
    "DueOn" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "EvidenceNote" TEXT NULL,
    "EvidenceSubmittedAt" TEXT NULL,
    "VerifiedAt" TEXT NULL,
    "Evidence_ContentType" TEXT NULL,
    "Evidence_FileName" TEXT NULL,
    "Evidence_Sha256" TEXT NULL,
    "Evidence_SizeBytes" INTEGER NULL,
    "Evidence_StorageKey" TEXT NULL,
    CONSTRAINT "FK_InspectionFindings_Inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES "Inspections" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "InspectionEvents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_InspectionEvents" PRIMARY KEY,
    "InspectionId" TEXT NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "Reason" TEXT NULL,
    "At" TEXT NOT NULL,
    "ByName" TEXT NOT NULL,
    CONSTRAINT "FK_InspectionEvents_Inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES "Inspections" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "InspectionPhotos" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_InspectionPhotos" PRIMARY KEY,
    "InspectionId" TEXT NOT NULL,
    "ItemCode" TEXT NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "File_ContentType" TEXT NOT NULL,
    "File_FileName" TEXT NOT NULL,
    "File_Sha256" TEXT NOT NULL,
    "File_SizeBytes" INTEGER NOT NULL,
    "File_StorageKey" TEXT NOT NULL,
    CONSTRAINT "FK_InspectionPhotos_Inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES "Inspections" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "ContractClauses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ContractClauses" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "Active" INTEGER NOT NULL,
    "IsDefault" INTEGER NOT NULL,
    "Name_En" TEXT NOT NULL,
    "Name_Km" TEXT NOT NULL,
    "Version" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "JobOrders" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_JobOrders" PRIMARY KEY,
    "AgencyId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "DecidedAt" TEXT NULL,
    "DecidedBy" TEXT NULL,
    "DecisionNote" TEXT NULL,
    "Offer_CountryCode" TEXT NOT NULL,
    "Offer_EmployerName" TEXT NOT NULL,
    "Offer_EmployerAddress" TEXT NOT NULL,
    "Offer_SectorCode" TEXT NOT NULL,
    "Offer_Occupation" TEXT NOT NULL,
    "Offer_WorkersRequested" INTEGER NOT NULL,
    "Offer_MonthlyWage" TEXT NOT NULL,
    "Offer_Currency" TEXT NOT NULL,
    "Offer_ContractMonths" INTEGER NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_JobOrders_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Agencies" ("Id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "Workers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Workers" PRIMARY KEY,
    "AgencyId" TEXT NOT NULL,
    "NameKm" TEXT NOT NULL,
    "NameLatin" TEXT NOT NULL,
    "Sex" TEXT NOT NULL,
    "DateOfBirth" TEXT NOT NULL,
    "NationalId" TEXT NOT NULL,
    "PassportNumber" TEXT NULL,
    "Phone" TEXT NOT NULL,
    "RegisteredAt" TEXT NOT NULL,
    "Home_ProvinceCode" TEXT NOT NULL,
    "Home_District" TEXT NOT NULL,
    "Home_Commune" TEXT NOT NULL,
    "Home_Village" TEXT NOT NULL,
    "EmergencyContact_Name" TEXT NOT NULL,
    "EmergencyContact_Phone" TEXT NOT NULL,
    "Version" TEXT NOT NULL, "LatestStatus" TEXT NULL, "LatestCountryCode" TEXT NULL,
    CONSTRAINT "FK_Workers_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Agencies" ("Id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "Deployments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Deployments" PRIMARY KEY,
    "WorkerId" TEXT NOT NULL,
    "JobOrderId" TEXT NOT NULL,
    "AgencyId" TEXT NOT NULL,
    "CountryCode" TEXT NOT NULL,
    "SectorCode" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "OpenSlot" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ArrivedOn" TEXT NULL,
    "Medical_ExaminedOn" TEXT NULL,
    "Medical_Clinic" TEXT NULL,
    "Medical_PhysicallyFit" INTEGER NULL,
    "Orientation_TrainingCentreId" TEXT NULL,
    "Orientation_CompletedOn" TEXT NULL,
    "Orientation_Hours" TEXT NULL,
    "Orientation_Topics" TEXT NULL,
    "Contract_SignedOn" TEXT NULL,
    "Contract_Clauses" TEXT NULL,
    "SignedContract_StorageKey" TEXT NULL,
    "SignedContract_FileName" TEXT NULL,
    "SignedContract_ContentType" TEXT NULL,
    "SignedContract_SizeBytes" INTEGER NULL,
    "SignedContract_Sha256" TEXT NULL,
    "Travel_PassportIssuedOn" TEXT NULL,
    "Travel_PassportExpiresOn" TEXT NULL,
    "Travel_VisaNumber" TEXT NULL,
    "Travel_VisaIssuedOn" TEXT NULL,
    "Travel_VisaExpiresOn" TEXT NULL,
    "Departure_DepartedOn" TEXT NULL,
    "Departure_DeparturePoint" TEXT NULL,
    "Return_Outcome" TEXT NULL,
    "Return_ReturnedOn" TEXT NULL,
    "Return_ProvinceCode" TEXT NULL,
    "Version" TEXT NOT NULL, "Welfare" TEXT NOT NULL DEFAULT 'Safe', "Medical_MentallyFit" INTEGER NULL,
    CONSTRAINT "FK_Deployments_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Agencies" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Deployments_JobOrders_JobOrderId" FOREIGN KEY ("JobOrderId") REFERENCES "JobOrders" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Deployments_Workers_WorkerId" FOREIGN KEY ("WorkerId") REFERENCES "Workers" ("Id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "DeploymentFees" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DeploymentFees" PRIMARY KEY,
    "DeploymentId" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "AmountUsd" TEXT NOT NULL,
    "PaidOn" TEXT NOT NULL,
    "ReceiptNumber" TEXT NOT NULL,
    "RecordedAt" TEXT NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    CONSTRAINT "FK_DeploymentFees_Deployments_DeploymentId" FOREIGN KEY ("DeploymentId") REFERENCES "Deployments" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "OnSiteServices" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OnSiteServices" PRIMARY KEY,
    "DeploymentId" TEXT NOT NULL,
    "ContactedOn" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "Notes" TEXT NOT NULL,
    "Problem" TEXT NULL,
    "Resolution" TEXT NULL,
    "RecordedAt" TEXT NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    CONSTRAINT "FK_OnSiteServices_Deployments_DeploymentId" FOREIGN KEY ("DeploymentId") REFERENCES "Deployments" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "RepatriationCases" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_RepatriationCases" PRIMARY KEY,
    "DeploymentId" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "RequestedBy" TEXT NOT NULL,
    "PaidBy" TEXT NOT NULL,
    "Notes" TEXT NULL,
    "Status" TEXT NOT NULL,
    "ReturnDate" TEXT NULL,
    "OpenedAt" TEXT NOT NULL,
    "OpenedBy" TEXT NOT NULL,
    CONSTRAINT "FK_RepatriationCases_Deployments_DeploymentId" FOREIGN KEY ("DeploymentId") REFERENCES "Deployments" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "DisappearanceCases" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DisappearanceCases" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "WorkerId" TEXT NOT NULL,
    "DeploymentId" TEXT NOT NULL,
    "AgencyId" TEXT NOT NULL,
    "CountryCode" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "Facts_LastKnownLocation" TEXT NOT NULL,
    "Facts_Latitude" REAL NULL,
    "Facts_Longitude" REAL NULL,
    "Facts_LastContactAt" TEXT NOT NULL,
    "Facts_AgencyLearnedAt" TEXT NULL,
    "Facts_Circumstances" TEXT NOT NULL,
    "Facts_OthersInformed" TEXT NULL,
    "Family_Name" TEXT NULL,
    "Family_Phone" TEXT NULL,
    "Family_Relationship" TEXT NULL,
    "ReportedAt" TEXT NOT NULL,
    "ReportedByUserId" TEXT NULL,
    "ReportedByName" TEXT NOT NULL,
    "IsLate" INTEGER NOT NULL,
    "AgencyPosition" TEXT NOT NULL,
    "Verified" INTEGER NOT NULL,
    "VerifiedByName" TEXT NULL,
    "Status" TEXT NOT NULL,
    "OpenSlot" TEXT NULL,
    "LastAgencyUpdateAt" TEXT NOT NULL,
    "Resolution" TEXT NULL,
    "ResolutionNote" TEXT NULL,
    "ClosedAt" TEXT NULL,
    "ClosedByName" TEXT NULL,
    "IdempotencyKey" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_DisappearanceCases_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Agencies" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_DisappearanceCases_Deployments_DeploymentId" FOREIGN KEY ("DeploymentId") REFERENCES "Deployments" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_DisappearanceCases_Workers_WorkerId" FOREIGN KEY ("WorkerId") REFERENCES "Workers" ("Id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "DisappearanceRecipients" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DisappearanceRecipients" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "BodyKey" TEXT NOT NULL,
    "NotifiedAt" TEXT NOT NULL,
    "AcknowledgedAt" TEXT NULL,
    "AcknowledgedByUserId" TEXT NULL,
    "AcknowledgedByName" TEXT NULL,
    "EscalatedAt" TEXT NULL,
    CONSTRAINT "FK_DisappearanceRecipients_DisappearanceCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "DisappearanceCases" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "DisappearanceUpdates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DisappearanceUpdates" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "Party" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "PostedAt" TEXT NOT NULL,
    "AuthorUserId" TEXT NULL,
    "AuthorName" TEXT NOT NULL,
    CONSTRAINT "FK_DisappearanceUpdates_DisappearanceCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "DisappearanceCases" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "Alerts" (
    "Sequence" INTEGER NOT NULL CONSTRAINT "PK_Alerts" PRIMARY KEY AUTOINCREMENT,
    "BodyKey" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "CaseId" TEXT NOT NULL,
    "CaseNumber" TEXT NOT NULL,
    "Title_En" TEXT NOT NULL,
    "Title_Km" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "LiveDeliveredAt" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "WebhookEndpoints" (
    "BodyKey" TEXT NOT NULL CONSTRAINT "PK_WebhookEndpoints" PRIMARY KEY,
    "Url" TEXT NOT NULL,
    "Secret" TEXT NOT NULL,
    "Enabled" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "Complaints" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Complaints" PRIMARY KEY,
    "TrackingCode" TEXT NOT NULL,
    "PinHash" TEXT NOT NULL,
    "FailedPinAttempts" INTEGER NOT NULL,
    "PinLockedUntil" TEXT NULL,
    "AgencyId" TEXT NULL,
    "UnlicensedRecruiter" TEXT NULL,
    "IdentitySharedWithAgency" INTEGER NOT NULL,
    "Desk" TEXT NOT NULL,
    "FiledByUserId" TEXT NULL,
    "AssignedOfficerId" TEXT NULL,
    "AssignedOfficerName" TEXT NULL,
    "Status" TEXT NOT NULL,
    "ReceivedAt" TEXT NOT NULL,
    "AcknowledgeBy" TEXT NOT NULL,
    "AcknowledgedAt" TEXT NULL,
    "ResolveBy" TEXT NOT NULL,
    "AgencyAnswerBy" TEXT NULL,
    "AgencyAnsweredAt" TEXT NULL,
    "DecidedAt" TEXT NULL,
    "ClosedAt" TEXT NULL,
    "DecisionReason" TEXT NULL,
    "Outcome" TEXT NULL,
    "ReferredTo" TEXT NULL,
    "SettlementHonoured" INTEGER NULL,
    "EscalationLevel" INTEGER NOT NULL,
    "Complainant_FiledAs" TEXT NOT NULL,
    "Complainant_FilerName" TEXT NULL,
    "Complainant_FilerOrganisation" TEXT NULL,
    "Complainant_WorkerName" TEXT NOT NULL,
    "Complainant_Phone" TEXT NULL,
    "Complainant_Email" TEXT NULL,
    "Complainant_PassportNumber" TEXT NULL,
    "Complainant_ProvinceCode" TEXT NOT NULL,
    "Complainant_PreferredContact" TEXT NULL,
    "Account_Category" TEXT NOT NULL,
    "Account_WhatHappened" TEXT NOT NULL,
    "Account_Where" TEXT NULL,
    "Account_When" TEXT NULL,
    "Account_WhatTheyWant" TEXT NULL,
    "Settlement_RefundUsd" TEXT NULL,
    "Settlement_DocumentsReturned" INTEGER NULL,
    "Settlement_Repatriation" INTEGER NULL,
    "Settlement_Terms" TEXT NULL,
    "SanctionProposal_Reason" TEXT NULL,
    "SanctionProposal_SuggestedPenalty" TEXT NULL,
    "SanctionProposal_ProposedBy" TEXT NULL,
    "SanctionProposal_ProposedAt" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Complaints_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Agencies" ("Id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "ComplaintEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ComplaintEntries" PRIMARY KEY,
    "ComplaintId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "ByName" TEXT NOT NULL,
    CONSTRAINT "FK_ComplaintEntries_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "ComplaintEvidence" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ComplaintEvidence" PRIMARY KEY,
    "ComplaintId" TEXT NOT NULL,
    "AddedAt" TEXT NOT NULL,
    "AddedBy" TEXT NOT NULL,
    "File_StorageKey" TEXT NOT NULL,
    "File_FileName" TEXT NOT NULL,
    "File_ContentType" TEXT NOT NULL,
    "File_SizeBytes" INTEGER NOT NULL,
    "File_Sha256" TEXT NOT NULL,
    CONSTRAINT "FK_ComplaintEvidence_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "Evaluations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Evaluations" PRIMARY KEY,
    "AgencyId" TEXT NOT NULL,
    "PeriodFrom" TEXT NOT NULL,
    "PeriodTo" TEXT NOT NULL,
    "OpenedAt" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "OverallScore" TEXT NULL,
    "Band" TEXT NULL,
    "ScoredAt" TEXT NULL,
    "Outcome" TEXT NULL,
    "DecisionReason" TEXT NULL,
    "DecidedAt" TEXT NULL,
    "DecidedBy" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Evaluations_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Agencies" ("Id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "EvaluationPanelMembers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_EvaluationPanelMembers" PRIMARY KEY,
    "EvaluationId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Sector" TEXT NOT NULL,
    "AgencyId" TEXT NULL,
    "ConflictReason" TEXT NULL,
    "SubmittedAt" TEXT NULL,
    CONSTRAINT "FK_EvaluationPanelMembers_Evaluations_EvaluationId" FOREIGN KEY ("EvaluationId") REFERENCES "Evaluations" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "EvaluationScores" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_EvaluationScores" PRIMARY KEY,
    "EvaluationId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "Criterion" TEXT NOT NULL,
    "Score" INTEGER NOT NULL,
    "Justification" TEXT NOT NULL,
    CONSTRAINT "FK_EvaluationScores_Evaluations_EvaluationId" FOREIGN KEY ("EvaluationId") REFERENCES "Evaluations" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "Sanctions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Sanctions" PRIMARY KEY,
    "AgencyId" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "SourceId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "FineAmountUsd" TEXT NULL,
    "SuspensionMonths" INTEGER NULL,
    "LegalBasis" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "DecidedOn" TEXT NOT NULL,
    "EffectiveFrom" TEXT NOT NULL,
    "EffectiveUntil" TEXT NULL,
    "AppealDeadline" TEXT NOT NULL,
    "DecidedBy" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "AppliedAt" TEXT NULL,
    "AppliedNote" TEXT NULL,
    "AppealLodgedAt" TEXT NULL,
    "AppealGrounds" TEXT NULL,
    "AppealOutcome" TEXT NULL,
    "AppealDecisionReason" TEXT NULL,
    "AppealDecidedAt" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Sanctions_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Agencies" ("Id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "Rewards" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Rewards" PRIMARY KEY,
    "AgencyId" TEXT NOT NULL,
    "EvaluationId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "AwardedAt" TEXT NOT NULL,
    "AwardedBy" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Rewards_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Agencies" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Rewards_Evaluations_EvaluationId" FOREIGN KEY ("EvaluationId") REFERENCES "Evaluations" ("Id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "WorkerMovementCounts" (
    "Month" TEXT NOT NULL,
    "CountryCode" TEXT NOT NULL,
    "SectorCode" TEXT NOT NULL,
    "Sex" TEXT NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "Deployments" INTEGER NOT NULL,
    "Returns" INTEGER NOT NULL,
    "Repatriations" INTEGER NOT NULL,
    CONSTRAINT "PK_WorkerMovementCounts" PRIMARY KEY ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode")
);
CREATE TABLE IF NOT EXISTS "AgencyDeploymentCounts" (
    "AgencyId" TEXT NOT NULL CONSTRAINT "PK_AgencyDeploymentCounts" PRIMARY KEY,
    "Deployed" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "OpenComplaintCounts" (
    "ProvinceCode" TEXT NOT NULL,
    "OfficerName" TEXT NOT NULL,
    "DueMonth" TEXT NOT NULL,
    "Complaints" INTEGER NOT NULL,
    CONSTRAINT "PK_OpenComplaintCounts" PRIMARY KEY ("ProvinceCode", "OfficerName", "DueMonth")
);
CREATE TABLE IF NOT EXISTS "AgencyOpenComplaintCounts" (
    "AgencyId" TEXT NOT NULL,
    "DueMonth" TEXT NOT NULL,
    "Complaints" INTEGER NOT NULL,
    CONSTRAINT "PK_AgencyOpenComplaintCounts" PRIMARY KEY ("AgencyId", "DueMonth")
);
CREATE TABLE IF NOT EXISTS "ReceivedComplaintCounts" (
    "Month" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "Complaints" INTEGER NOT NULL,
    "Decided" INTEGER NOT NULL,
    "DaysToDecide" REAL NOT NULL,
    CONSTRAINT "PK_ReceivedComplaintCounts" PRIMARY KEY ("Month", "Category", "ProvinceCode", "Outcome")
);
CREATE TABLE IF NOT EXISTS "AgencyReceivedComplaintCounts" (
    "AgencyId" TEXT NOT NULL,
    "Month" TEXT NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "Complaints" INTEGER NOT NULL,
    CONSTRAINT "PK_AgencyReceivedComplaintCounts" PRIMARY KEY ("AgencyId", "Month", "ProvinceCode")
);
CREATE TABLE IF NOT EXISTS "ComplaintDecisionTimes" (
    "Month" TEXT NOT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "TenthsOfDays" INTEGER NOT NULL,
    "Complaints" INTEGER NOT NULL,
    CONSTRAINT "PK_ComplaintDecisionTimes" PRIMARY KEY ("Month", "ProvinceCode", "TenthsOfDays")
);
CREATE TABLE IF NOT EXISTS "DepartureClearances" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DepartureClearances" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "DeploymentId" TEXT NOT NULL,
    "WorkerId" TEXT NOT NULL,
    "AgencyId" TEXT NOT NULL,
    "CountryCode" TEXT NOT NULL,
    "IssuedOn" TEXT NOT NULL,
    "ValidUntil" TEXT NOT NULL,
    "IssuedAt" TEXT NOT NULL,
    "IssuedBy" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "OpenSlot" TEXT NULL,
    "UsedOn" TEXT NULL,
    "VoidReason" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_DepartureClearances_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Agencies" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_DepartureClearances_Deployments_DeploymentId" FOREIGN KEY ("DeploymentId") REFERENCES "Deployments" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DepartureClearances_Workers_WorkerId" FOREIGN KEY ("WorkerId") REFERENCES "Workers" ("Id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "PublicHolidays" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PublicHolidays" PRIMARY KEY,
    "Date" TEXT NOT NULL,
    "Name_En" TEXT NOT NULL,
    "Name_Km" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "JobSchedules" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_JobSchedules" PRIMARY KEY,
    "JobName" TEXT NOT NULL,
    "Cron" TEXT NOT NULL,
    "Version" TEXT NOT NULL
);
DELETE FROM sqlite_sequence;
CREATE UNIQUE INDEX "IX_Settings_Key" ON "Settings" ("Key");
CREATE INDEX "IX_AuditEntries_EntityType_EntityId" ON "AuditEntries" ("EntityType", "EntityId");
CREATE UNIQUE INDEX "IX_OutboxMessages_DeduplicationKey" ON "OutboxMessages" ("DeduplicationKey");
CREATE INDEX "IX_OutboxMessages_NextAttemptAt" ON "OutboxMessages" ("NextAttemptAt");
CREATE UNIQUE INDEX "IX_InboxItems_OutboxMessageId" ON "InboxItems" ("OutboxMessageId");
CREATE INDEX "IX_InboxItems_UserId_CreatedAt" ON "InboxItems" ("UserId", "CreatedAt");
CREATE UNIQUE INDEX "IX_Agencies_RegistrationNumber" ON "Agencies" ("RegistrationNumber");
CREATE INDEX "IX_Branches_AgencyId" ON "Branches" ("AgencyId");
CREATE INDEX "IX_TrainingCentres_AgencyId" ON "TrainingCentres" ("AgencyId");
CREATE INDEX "IX_Licences_AgencyId" ON "Licences" ("AgencyId");
CREATE UNIQUE INDEX "IX_Licences_Number" ON "Licences" ("Number");
CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");
CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");
CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");
CREATE INDEX "IX_AspNetUsers_AgencyId" ON "AspNetUsers" ("AgencyId");
CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");
CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");
CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");
CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");
CREATE INDEX "IX_Licences_Status_ExpiresOn" ON "Licences" ("Status", "ExpiresOn");
CREATE INDEX "IX_LicenceStatusChanges_LicenceId" ON "LicenceStatusChanges" ("LicenceId");
CREATE UNIQUE INDEX "IX_DocumentRequirements_Code" ON "DocumentRequirements" ("Code");
CREATE INDEX "IX_LicenceApplications_AgencyId" ON "LicenceApplications" ("AgencyId");
CREATE UNIQUE INDEX "IX_LicenceApplications_OpenSlot" ON "LicenceApplications" ("OpenSlot");
CREATE INDEX "IX_LicenceApplications_Status_SubmittedAt" ON "LicenceApplications" ("Status", "SubmittedAt");
CREATE INDEX "IX_ApplicationDocuments_ApplicationId" ON "ApplicationDocuments" ("ApplicationId");
CREATE INDEX "IX_ApplicationEvents_ApplicationId" ON "ApplicationEvents" ("ApplicationId");
CREATE UNIQUE INDEX "IX_InspectionPlans_Year" ON "InspectionPlans" ("Year");
CREATE UNIQUE INDEX "IX_ChecklistItems_TemplateVersion_Code" ON "ChecklistItems" ("TemplateVersion", "Code");
CREATE UNIQUE INDEX "IX_InspectorConflicts_InspectorId_AgencyId" ON "InspectorConflicts" ("InspectorId", "AgencyId");
CREATE INDEX "IX_Inspections_AgencyId" ON "Inspections" ("AgencyId");
CREATE INDEX "IX_Inspections_PlanId" ON "Inspections" ("PlanId");
CREATE INDEX "IX_Inspections_Status_ScheduledOn" ON "Inspections" ("Status", "ScheduledOn");
CREATE INDEX "IX_InspectionTeamMembers_InspectionId" ON "InspectionTeamMembers" ("InspectionId");
CREATE INDEX "IX_InspectionTeamMembers_InspectorId" ON "InspectionTeamMembers" ("InspectorId");
CREATE UNIQUE INDEX "IX_InspectionAnswers_InspectionId_ItemCode" ON "InspectionAnswers" ("InspectionId", "ItemCode");
CREATE INDEX "IX_InspectionFindings_InspectionId" ON "InspectionFindings" ("InspectionId");
CREATE INDEX "IX_InspectionFindings_Status_DueOn" ON "InspectionFindings" ("Status", "DueOn");
CREATE INDEX "IX_InspectionEvents_InspectionId" ON "InspectionEvents" ("InspectionId");
CREATE INDEX "IX_InspectionPhotos_InspectionId" ON "InspectionPhotos" ("InspectionId");
CREATE UNIQUE INDEX "IX_ContractClauses_Code" ON "ContractClauses" ("Code");
CREATE INDEX "IX_JobOrders_AgencyId" ON "JobOrders" ("AgencyId");
CREATE INDEX "IX_JobOrders_Status_CreatedAt" ON "JobOrders" ("Status", "CreatedAt");
CREATE INDEX "IX_Workers_AgencyId" ON "Workers" ("AgencyId");
CREATE UNIQUE INDEX "IX_Workers_NationalId" ON "Workers" ("NationalId");
CREATE UNIQUE INDEX "IX_Workers_PassportNumber" ON "Workers" ("PassportNumber");
CREATE INDEX "IX_Deployments_AgencyId" ON "Deployments" ("AgencyId");
CREATE INDEX "IX_Deployments_CountryCode" ON "Deployments" ("CountryCode");
CREATE INDEX "IX_Deployments_JobOrderId" ON "Deployments" ("JobOrderId");
CREATE UNIQUE INDEX "IX_Deployments_OpenSlot" ON "Deployments" ("OpenSlot");
CREATE INDEX "IX_Deployments_WorkerId" ON "Deployments" ("WorkerId");
CREATE INDEX "IX_DeploymentFees_DeploymentId" ON "DeploymentFees" ("DeploymentId");
CREATE INDEX "IX_OnSiteServices_DeploymentId" ON "OnSiteServices" ("DeploymentId");
CREATE INDEX "IX_RepatriationCases_DeploymentId" ON "RepatriationCases" ("DeploymentId");
CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON "AuditEntries"
BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only'); END;
CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON "AuditEntries"
BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only'); END;
CREATE INDEX "IX_DisappearanceCases_AgencyId" ON "DisappearanceCases" ("AgencyId");
CREATE INDEX "IX_DisappearanceCases_CountryCode_ReportedAt" ON "DisappearanceCases" ("CountryCode", "ReportedAt");
CREATE INDEX "IX_DisappearanceCases_DeploymentId" ON "DisappearanceCases" ("DeploymentId");
CREATE UNIQUE INDEX "IX_DisappearanceCases_IdempotencyKey" ON "DisappearanceCases" ("IdempotencyKey");
CREATE UNIQUE INDEX "IX_DisappearanceCases_Number" ON "DisappearanceCases" ("Number");
CREATE UNIQUE INDEX "IX_DisappearanceCases_OpenSlot" ON "DisappearanceCases" ("OpenSlot");
CREATE INDEX "IX_DisappearanceCases_Status_LastAgencyUpdateAt" ON "DisappearanceCases" ("Status", "LastAgencyUpdateAt");
CREATE INDEX "IX_DisappearanceCases_WorkerId" ON "DisappearanceCases" ("WorkerId");
CREATE INDEX "IX_DisappearanceRecipients_Unacknowledged" ON "DisappearanceRecipients" ("AcknowledgedAt", "EscalatedAt", "NotifiedAt");
CREATE UNIQUE INDEX "IX_DisappearanceRecipients_CaseId_BodyKey" ON "DisappearanceRecipients" ("CaseId", "BodyKey");
CREATE INDEX "IX_DisappearanceUpdates_CaseId" ON "DisappearanceUpdates" ("CaseId");
CREATE INDEX "IX_Alerts_BodyKey_Sequence" ON "Alerts" ("BodyKey", "Sequence");
CREATE INDEX "IX_Alerts_CaseId" ON "Alerts" ("CaseId");
CREATE INDEX "IX_Complaints_AgencyId" ON "Complaints" ("AgencyId");
CREATE INDEX "IX_Complaints_Status" ON "Complaints" ("Status");
CREATE UNIQUE INDEX "IX_Complaints_TrackingCode" ON "Complaints" ("TrackingCode");
CREATE INDEX "IX_ComplaintEntries_ComplaintId" ON "ComplaintEntries" ("ComplaintId");
CREATE INDEX "IX_ComplaintEvidence_ComplaintId" ON "ComplaintEvidence" ("ComplaintId");
CREATE INDEX "IX_Evaluations_AgencyId_Status" ON "Evaluations" ("AgencyId", "Status");
CREATE UNIQUE INDEX "IX_EvaluationPanelMembers_EvaluationId_UserId" ON "EvaluationPanelMembers" ("EvaluationId", "UserId");
CREATE INDEX "IX_EvaluationPanelMembers_UserId" ON "EvaluationPanelMembers" ("UserId");
CREATE UNIQUE INDEX "IX_EvaluationScores_EvaluationId_UserId_Criterion" ON "EvaluationScores" ("EvaluationId", "UserId", "Criterion");
CREATE INDEX "IX_Sanctions_AgencyId" ON "Sanctions" ("AgencyId");
CREATE INDEX "IX_Sanctions_Status_EffectiveFrom" ON "Sanctions" ("Status", "EffectiveFrom");
CREATE INDEX "IX_Sanctions_Source_SourceId" ON "Sanctions" ("Source", "SourceId");
CREATE INDEX "IX_Rewards_AgencyId_Kind" ON "Rewards" ("AgencyId", "Kind");
CREATE INDEX "IX_Rewards_EvaluationId" ON "Rewards" ("EvaluationId");
CREATE INDEX "IX_Complaints_ReceivedAt_AgencyId_DecidedAt" ON "Complaints" ("ReceivedAt", "AgencyId", "DecidedAt");
CREATE TRIGGER deployments_count_inserted BEFORE INSERT ON "Deployments" BEGIN
INSERT INTO "WorkerMovementCounts" ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", "Deployments", "Returns", "Repatriations")
SELECT "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", 1 * SUM("Deployments"), 1 * SUM("Returns"), 1 * SUM("Repatriations")
FROM (SELECT strftime('%Y-%m', d."Departure_DepartedOn") AS "Month", d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode" AS "ProvinceCode",
    1 AS "Deployments", 0 AS "Returns", 0 AS "Repatriations"
FROM (SELECT NEW."WorkerId" AS "WorkerId", NEW."AgencyId" AS "AgencyId", NEW."CountryCode" AS "CountryCode", NEW."SectorCode" AS "SectorCode", NEW."Departure_DepartedOn" AS "Departure_DepartedOn", NEW."Return_ReturnedOn" AS "Return_ReturnedOn") AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
WHERE d."Departure_DepartedOn" IS NOT NULL
UNION ALL
SELECT strftime('%Y-%m', d."Return_ReturnedOn"), d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode", 0, 1, 0
FROM (SELECT NEW."WorkerId" AS "WorkerId", NEW."AgencyId" AS "AgencyId", NEW."CountryCode" AS "CountryCode", NEW."SectorCode" AS "SectorCode", NEW."Departure_DepartedOn" AS "Departure_DepartedOn", NEW."Return_ReturnedOn" AS "Return_ReturnedOn") AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
WHERE d."Return_ReturnedOn" IS NOT NULL) AS c
GROUP BY "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode"
ON CONFLICT ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode") DO UPDATE SET
    "Deployments" = "WorkerMovementCounts"."Deployments" + excluded."Deployments",
    "Returns" = "WorkerMovementCounts"."Returns" + excluded."Returns",
    "Repatriations" = "WorkerMovementCounts"."Repatriations" + excluded."Repatriations";
INSERT INTO "AgencyDeploymentCounts" ("AgencyId", "Deployed")
SELECT d."AgencyId", 1 * COUNT(*) FROM (SELECT NEW."WorkerId" AS "WorkerId", NEW."AgencyId" AS "AgencyId", NEW."CountryCode" AS "CountryCode", NEW."SectorCode" AS "SectorCode", NEW."Departure_DepartedOn" AS "Departure_DepartedOn", NEW."Return_ReturnedOn" AS "Return_ReturnedOn") AS d WHERE d."Departure_DepartedOn" IS NOT NULL GROUP BY d."AgencyId"
ON CONFLICT ("AgencyId") DO UPDATE SET "Deployed" = "AgencyDeploymentCounts"."Deployed" + excluded."Deployed";
END;
CREATE TRIGGER deployments_count_updated BEFORE UPDATE OF "Departure_DepartedOn", "Return_ReturnedOn" ON "Deployments" BEGIN
INSERT INTO "WorkerMovementCounts" ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", "Deployments", "Returns", "Repatriations")
SELECT "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", -1 * SUM("Deployments"), -1 * SUM("Returns"), -1 * SUM("Repatriations")
FROM (SELECT strftime('%Y-%m', d."Departure_DepartedOn") AS "Month", d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode" AS "ProvinceCode",
    1 AS "Deployments", 0 AS "Returns", 0 AS "Repatriations"
FROM (SELECT OLD."WorkerId" AS "WorkerId", OLD."AgencyId" AS "AgencyId", OLD."CountryCode" AS "CountryCode", OLD."SectorCode" AS "SectorCode", OLD."Departure_DepartedOn" AS "Departure_DepartedOn", OLD."Return_ReturnedOn" AS "Return_ReturnedOn") AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
WHERE d."Departure_DepartedOn" IS NOT NULL
UNION ALL
SELECT strftime('%Y-%m', d."Return_ReturnedOn"), d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode", 0, 1, 0
FROM (SELECT OLD."WorkerId" AS "WorkerId", OLD."AgencyId" AS "AgencyId", OLD."CountryCode" AS "CountryCode", OLD."SectorCode" AS "SectorCode", OLD."Departure_DepartedOn" AS "Departure_DepartedOn", OLD."Return_ReturnedOn" AS "Return_ReturnedOn") AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
WHERE d."Return_ReturnedOn" IS NOT NULL) AS c
GROUP BY "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode"
ON CONFLICT ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode") DO UPDATE SET
    "Deployments" = "WorkerMovementCounts"."Deployments" + excluded."Deployments",
    "Returns" = "WorkerMovementCounts"."Returns" + excluded."Returns",
    "Repatriations" = "WorkerMovementCounts"."Repatriations" + excluded."Repatriations";
INSERT INTO "AgencyDeploymentCounts" ("AgencyId", "Deployed")
SELECT d."AgencyId", -1 * COUNT(*) FROM (SELECT OLD."WorkerId" AS "WorkerId", OLD."AgencyId" AS "AgencyId", OLD."CountryCode" AS "CountryCode", OLD."SectorCode" AS "SectorCode", OLD."Departure_DepartedOn" AS "Departure_DepartedOn", OLD."Return_ReturnedOn" AS "Return_ReturnedOn") AS d WHERE d."Departure_DepartedOn" IS NOT NULL GROUP BY d."AgencyId"
ON CONFLICT ("AgencyId") DO UPDATE SET "Deployed" = "AgencyDeploymentCounts"."Deployed" + excluded."Deployed";
INSERT INTO "WorkerMovementCounts" ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", "Deployments", "Returns", "Repatriations")
SELECT "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", 1 * SUM("Deployments"), 1 * SUM("Returns"), 1 * SUM("Repatriations")
FROM (SELECT strftime('%Y-%m', d."Departure_DepartedOn") AS "Month", d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode" AS "ProvinceCode",
    1 AS "Deployments", 0 AS "Returns", 0 AS "Repatriations"
FROM (SELECT NEW."WorkerId" AS "WorkerId", NEW."AgencyId" AS "AgencyId", NEW."CountryCode" AS "CountryCode", NEW."SectorCode" AS "SectorCode", NEW."Departure_DepartedOn" AS "Departure_DepartedOn", NEW."Return_ReturnedOn" AS "Return_ReturnedOn") AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
WHERE d."Departure_DepartedOn" IS NOT NULL
UNION ALL
SELECT strftime('%Y-%m', d."Return_ReturnedOn"), d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode", 0, 1, 0
FROM (SELECT NEW."WorkerId" AS "WorkerId", NEW."AgencyId" AS "AgencyId", NEW."CountryCode" AS "CountryCode", NEW."SectorCode" AS "SectorCode", NEW."Departure_DepartedOn" AS "Departure_DepartedOn", NEW."Return_ReturnedOn" AS "Return_ReturnedOn") AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
WHERE d."Return_ReturnedOn" IS NOT NULL) AS c
GROUP BY "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode"
ON CONFLICT ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode") DO UPDATE SET
    "Deployments" = "WorkerMovementCounts"."Deployments" + excluded."Deployments",
    "Returns" = "WorkerMovementCounts"."Returns" + excluded."Returns",
    "Repatriations" = "WorkerMovementCounts"."Repatriations" + excluded."Repatriations";
INSERT INTO "AgencyDeploymentCounts" ("AgencyId", "Deployed")
SELECT d."AgencyId", 1 * COUNT(*) FROM (SELECT NEW."WorkerId" AS "WorkerId", NEW."AgencyId" AS "AgencyId", NEW."CountryCode" AS "CountryCode", NEW."SectorCode" AS "SectorCode", NEW."Departure_DepartedOn" AS "Departure_DepartedOn", NEW."Return_ReturnedOn" AS "Return_ReturnedOn") AS d WHERE d."Departure_DepartedOn" IS NOT NULL GROUP BY d."AgencyId"
ON CONFLICT ("AgencyId") DO UPDATE SET "Deployed" = "AgencyDeploymentCounts"."Deployed" + excluded."Deployed";
END;
CREATE TRIGGER deployments_count_deleted BEFORE DELETE ON "Deployments" BEGIN
INSERT INTO "WorkerMovementCounts" ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", "Deployments", "Returns", "Repatriations")
SELECT "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", -1 * SUM("Deployments"), -1 * SUM("Returns"), -1 * SUM("Repatriations")
FROM (SELECT strftime('%Y-%m', d."Departure_DepartedOn") AS "Month", d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode" AS "ProvinceCode",
    1 AS "Deployments", 0 AS "Returns", 0 AS "Repatriations"
FROM (SELECT OLD."WorkerId" AS "WorkerId", OLD."AgencyId" AS "AgencyId", OLD."CountryCode" AS "CountryCode", OLD."SectorCode" AS "SectorCode", OLD."Departure_DepartedOn" AS "Departure_DepartedOn", OLD."Return_ReturnedOn" AS "Return_ReturnedOn") AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
WHERE d."Departure_DepartedOn" IS NOT NULL
UNION ALL
SELECT strftime('%Y-%m', d."Return_ReturnedOn"), d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode", 0, 1, 0
FROM (SELECT OLD."WorkerId" AS "WorkerId", OLD."AgencyId" AS "AgencyId", OLD."CountryCode" AS "CountryCode", OLD."SectorCode" AS "SectorCode", OLD."Departure_DepartedOn" AS "Departure_DepartedOn", OLD."Return_ReturnedOn" AS "Return_ReturnedOn") AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
WHERE d."Return_ReturnedOn" IS NOT NULL) AS c
GROUP BY "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode"
ON CONFLICT ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode") DO UPDATE SET
    "Deployments" = "WorkerMovementCounts"."Deployments" + excluded."Deployments",
    "Returns" = "WorkerMovementCounts"."Returns" + excluded."Returns",
    "Repatriations" = "WorkerMovementCounts"."Repatriations" + excluded."Repatriations";
INSERT INTO "AgencyDeploymentCounts" ("AgencyId", "Deployed")
SELECT d."AgencyId", -1 * COUNT(*) FROM (SELECT OLD."WorkerId" AS "WorkerId", OLD."AgencyId" AS "AgencyId", OLD."CountryCode" AS "CountryCode", OLD."SectorCode" AS "SectorCode", OLD."Departure_DepartedOn" AS "Departure_DepartedOn", OLD."Return_ReturnedOn" AS "Return_ReturnedOn") AS d WHERE d."Departure_DepartedOn" IS NOT NULL GROUP BY d."AgencyId"
ON CONFLICT ("AgencyId") DO UPDATE SET "Deployed" = "AgencyDeploymentCounts"."Deployed" + excluded."Deployed";
END;
CREATE INDEX "IX_Complaints_Open" ON "Complaints" ("Id") WHERE "Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation');
CREATE INDEX "IX_LicenceApplications_LicenceId" ON "LicenceApplications" ("LicenceId");
CREATE INDEX "IX_Workers_Newest" ON "Workers" ("RegisteredAt" DESC, "NameLatin");
CREATE INDEX "IX_Workers_LatestStatus" ON "Workers" ("LatestStatus", "RegisteredAt" DESC, "NameLatin");
CREATE INDEX "IX_Workers_LatestCountry" ON "Workers" ("LatestCountryCode", "LatestStatus", "RegisteredAt" DESC, "NameLatin");
CREATE TRIGGER deployments_latest_inserted BEFORE INSERT ON "Deployments" BEGIN
UPDATE "Workers" SET "LatestStatus" = NEW."Status", "LatestCountryCode" = NEW."CountryCode"
WHERE "Id" = NEW."WorkerId"
  AND NOT EXISTS (SELECT 1 FROM "Deployments" AS d WHERE d."WorkerId" = NEW."WorkerId" AND d."Id" <> NEW."Id" AND d."CreatedAt" > NEW."CreatedAt");
END;
CREATE TRIGGER deployments_latest_updated BEFORE UPDATE OF "Status", "CountryCode" ON "Deployments" BEGIN
UPDATE "Workers" SET "LatestStatus" = NEW."Status", "LatestCountryCode" = NEW."CountryCode"
WHERE "Id" = NEW."WorkerId"
  AND NOT EXISTS (SELECT 1 FROM "Deployments" AS d WHERE d."WorkerId" = NEW."WorkerId" AND d."Id" <> NEW."Id" AND d."CreatedAt" > NEW."CreatedAt");
END;
CREATE TRIGGER deployments_latest_deleted BEFORE DELETE ON "Deployments" BEGIN
UPDATE "Workers" SET "LatestStatus" = (SELECT d."Status" FROM "Deployments" AS d WHERE d."WorkerId" = OLD."WorkerId" AND d."Id" <> OLD."Id" ORDER BY d."CreatedAt" DESC LIMIT 1), "LatestCountryCode" = (SELECT d."CountryCode" FROM "Deployments" AS d WHERE d."WorkerId" = OLD."WorkerId" AND d."Id" <> OLD."Id" ORDER BY d."CreatedAt" DESC LIMIT 1)
WHERE "Id" = OLD."WorkerId";
END;
CREATE INDEX "IX_Complaints_Received_ResolveBy_Id" ON "Complaints" ("ResolveBy", "Id") WHERE "Status" = 'Received';
CREATE INDEX "IX_Complaints_NotReceived_ResolveBy_Id" ON "Complaints" ("ResolveBy", "Id") WHERE "Status" <> 'Received';
CREATE INDEX "IX_Complaints_Received_AcknowledgeBy" ON "Complaints" ("AcknowledgeBy") WHERE "Status" = 'Received';
CREATE INDEX "IX_Inspections_Date" ON "Inspections" ("Date");
CREATE INDEX "IX_OutboxMessages_Undelivered" ON "OutboxMessages" ("Id") WHERE "DeliveredAt" IS NULL;
CREATE INDEX "IX_Complaints_FiledByUserId" ON "Complaints" ("FiledByUserId");
CREATE INDEX "IX_Complaints_ReferredTo" ON "Complaints" ("ReferredTo");
CREATE UNIQUE INDEX "IX_Licences_AgencyId_Held" ON "Licences" ("AgencyId") WHERE "Status" IN ('Active', 'Suspended');
CREATE UNIQUE INDEX "IX_DepartureClearances_Number" ON "DepartureClearances" ("Number");
CREATE UNIQUE INDEX "IX_DepartureClearances_OpenSlot" ON "DepartureClearances" ("OpenSlot");
CREATE INDEX "IX_DepartureClearances_DeploymentId" ON "DepartureClearances" ("DeploymentId");
CREATE INDEX "IX_DepartureClearances_WorkerId" ON "DepartureClearances" ("WorkerId");
CREATE INDEX "IX_DepartureClearances_AgencyId_Status" ON "DepartureClearances" ("AgencyId", "Status");
CREATE INDEX "IX_DepartureClearances_Status_ValidUntil" ON "DepartureClearances" ("Status", "ValidUntil");
CREATE UNIQUE INDEX "IX_DeploymentRestrictions_CountryCode_SectorCode" ON "DeploymentRestrictions" ("CountryCode", "SectorCode") WHERE "EndedOn" IS NULL;
CREATE UNIQUE INDEX "IX_Evaluations_OneOpenPerAgency" ON "Evaluations" ("AgencyId") WHERE "Status" <> 'Decided';
CREATE UNIQUE INDEX "IX_PublicHolidays_Date" ON "PublicHolidays" ("Date");
CREATE TRIGGER complaints_count_received_inserted BEFORE INSERT ON "Complaints" BEGIN
INSERT INTO "ReceivedComplaintCounts" ("Month", "Category", "ProvinceCode", "Outcome", "Complaints", "Decided", "DaysToDecide")
SELECT strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Account_Category", c."Complainant_ProvinceCode", COALESCE(c."Outcome", ''),
    1 * COUNT(*), 1 * COUNT(c."DecidedAt"), 1 * COALESCE(SUM((unixepoch(c."DecidedAt", 'subsec') - unixepoch(c."ReceivedAt", 'subsec')) / 86400.0), 0.0)
FROM (SELECT NEW."ReceivedAt" AS "ReceivedAt", NEW."Account_Category" AS "Account_Category", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."Outcome" AS "Outcome", NEW."DecidedAt" AS "DecidedAt", NEW."AgencyId" AS "AgencyId") AS c GROUP BY 1, 2, 3, 4
ON CONFLICT ("Month", "Category", "ProvinceCode", "Outcome") DO UPDATE SET
    "Complaints" = "ReceivedComplaintCounts"."Complaints" + excluded."Complaints",
    "Decided" = "ReceivedComplaintCounts"."Decided" + excluded."Decided",
    "DaysToDecide" = "ReceivedComplaintCounts"."DaysToDecide" + excluded."DaysToDecide";
INSERT INTO "AgencyReceivedComplaintCounts" ("AgencyId", "Month", "ProvinceCode", "Complaints")
SELECT c."AgencyId", strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Complainant_ProvinceCode", 1 * COUNT(*)
FROM (SELECT NEW."ReceivedAt" AS "ReceivedAt", NEW."Account_Category" AS "Account_Category", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."Outcome" AS "Outcome", NEW."DecidedAt" AS "DecidedAt", NEW."AgencyId" AS "AgencyId") AS c WHERE c."AgencyId" IS NOT NULL GROUP BY 1, 2, 3
ON CONFLICT ("AgencyId", "Month", "ProvinceCode") DO UPDATE SET "Complaints" = "AgencyReceivedComplaintCounts"."Complaints" + excluded."Complaints";
INSERT INTO "ComplaintDecisionTimes" ("Month", "ProvinceCode", "TenthsOfDays", "Complaints")
SELECT strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Complainant_ProvinceCode", CAST(round((unixepoch(c."DecidedAt", 'subsec') - unixepoch(c."ReceivedAt", 'subsec')) / 8640.0) AS integer), 1 * COUNT(*)
FROM (SELECT NEW."ReceivedAt" AS "ReceivedAt", NEW."Account_Category" AS "Account_Category", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."Outcome" AS "Outcome", NEW."DecidedAt" AS "DecidedAt", NEW."AgencyId" AS "AgencyId") AS c WHERE c."DecidedAt" IS NOT NULL GROUP BY 1, 2, 3
ON CONFLICT ("Month", "ProvinceCode", "TenthsOfDays") DO UPDATE SET "Complaints" = "ComplaintDecisionTimes"."Complaints" + excluded."Complaints";
END;
CREATE TRIGGER complaints_count_received_updated BEFORE UPDATE OF "ReceivedAt", "Account_Category", "Complainant_ProvinceCode", "Outcome", "DecidedAt", "AgencyId" ON "Complaints" BEGIN
INSERT INTO "ReceivedComplaintCounts" ("Month", "Category", "ProvinceCode", "Outcome", "Complaints", "Decided", "DaysToDecide")
SELECT strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Account_Category", c."Complainant_ProvinceCode", COALESCE(c."Outcome", ''),
    -1 * COUNT(*), -1 * COUNT(c."DecidedAt"), -1 * COALESCE(SUM((unixepoch(c."DecidedAt", 'subsec') - unixepoch(c."ReceivedAt", 'subsec')) / 86400.0), 0.0)
FROM (SELECT OLD."ReceivedAt" AS "ReceivedAt", OLD."Account_Category" AS "Account_Category", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."Outcome" AS "Outcome", OLD."DecidedAt" AS "DecidedAt", OLD."AgencyId" AS "AgencyId") AS c GROUP BY 1, 2, 3, 4
ON CONFLICT ("Month", "Category", "ProvinceCode", "Outcome") DO UPDATE SET
    "Complaints" = "ReceivedComplaintCounts"."Complaints" + excluded."Complaints",
    "Decided" = "ReceivedComplaintCounts"."Decided" + excluded."Decided",
    "DaysToDecide" = "ReceivedComplaintCounts"."DaysToDecide" + excluded."DaysToDecide";
INSERT INTO "AgencyReceivedComplaintCounts" ("AgencyId", "Month", "ProvinceCode", "Complaints")
SELECT c."AgencyId", strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Complainant_ProvinceCode", -1 * COUNT(*)
FROM (SELECT OLD."ReceivedAt" AS "ReceivedAt", OLD."Account_Category" AS "Account_Category", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."Outcome" AS "Outcome", OLD."DecidedAt" AS "DecidedAt", OLD."AgencyId" AS "AgencyId") AS c WHERE c."AgencyId" IS NOT NULL GROUP BY 1, 2, 3
ON CONFLICT ("AgencyId", "Month", "ProvinceCode") DO UPDATE SET "Complaints" = "AgencyReceivedComplaintCounts"."Complaints" + excluded."Complaints";
INSERT INTO "ComplaintDecisionTimes" ("Month", "ProvinceCode", "TenthsOfDays", "Complaints")
SELECT strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Complainant_ProvinceCode", CAST(round((unixepoch(c."DecidedAt", 'subsec') - unixepoch(c."ReceivedAt", 'subsec')) / 8640.0) AS integer), -1 * COUNT(*)
FROM (SELECT OLD."ReceivedAt" AS "ReceivedAt", OLD."Account_Category" AS "Account_Category", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."Outcome" AS "Outcome", OLD."DecidedAt" AS "DecidedAt", OLD."AgencyId" AS "AgencyId") AS c WHERE c."DecidedAt" IS NOT NULL GROUP BY 1, 2, 3
ON CONFLICT ("Month", "ProvinceCode", "TenthsOfDays") DO UPDATE SET "Complaints" = "ComplaintDecisionTimes"."Complaints" + excluded."Complaints";
INSERT INTO "ReceivedComplaintCounts" ("Month", "Category", "ProvinceCode", "Outcome", "Complaints", "Decided", "DaysToDecide")
SELECT strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Account_Category", c."Complainant_ProvinceCode", COALESCE(c."Outcome", ''),
    1 * COUNT(*), 1 * COUNT(c."DecidedAt"), 1 * COALESCE(SUM((unixepoch(c."DecidedAt", 'subsec') - unixepoch(c."ReceivedAt", 'subsec')) / 86400.0), 0.0)
FROM (SELECT NEW."ReceivedAt" AS "ReceivedAt", NEW."Account_Category" AS "Account_Category", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."Outcome" AS "Outcome", NEW."DecidedAt" AS "DecidedAt", NEW."AgencyId" AS "AgencyId") AS c GROUP BY 1, 2, 3, 4
ON CONFLICT ("Month", "Category", "ProvinceCode", "Outcome") DO UPDATE SET
    "Complaints" = "ReceivedComplaintCounts"."Complaints" + excluded."Complaints",
    "Decided" = "ReceivedComplaintCounts"."Decided" + excluded."Decided",
    "DaysToDecide" = "ReceivedComplaintCounts"."DaysToDecide" + excluded."DaysToDecide";
INSERT INTO "AgencyReceivedComplaintCounts" ("AgencyId", "Month", "ProvinceCode", "Complaints")
SELECT c."AgencyId", strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Complainant_ProvinceCode", 1 * COUNT(*)
FROM (SELECT NEW."ReceivedAt" AS "ReceivedAt", NEW."Account_Category" AS "Account_Category", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."Outcome" AS "Outcome", NEW."DecidedAt" AS "DecidedAt", NEW."AgencyId" AS "AgencyId") AS c WHERE c."AgencyId" IS NOT NULL GROUP BY 1, 2, 3
ON CONFLICT ("AgencyId", "Month", "ProvinceCode") DO UPDATE SET "Complaints" = "AgencyReceivedComplaintCounts"."Complaints" + excluded."Complaints";
INSERT INTO "ComplaintDecisionTimes" ("Month", "ProvinceCode", "TenthsOfDays", "Complaints")
SELECT strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Complainant_ProvinceCode", CAST(round((unixepoch(c."DecidedAt", 'subsec') - unixepoch(c."ReceivedAt", 'subsec')) / 8640.0) AS integer), 1 * COUNT(*)
FROM (SELECT NEW."ReceivedAt" AS "ReceivedAt", NEW."Account_Category" AS "Account_Category", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."Outcome" AS "Outcome", NEW."DecidedAt" AS "DecidedAt", NEW."AgencyId" AS "AgencyId") AS c WHERE c."DecidedAt" IS NOT NULL GROUP BY 1, 2, 3
ON CONFLICT ("Month", "ProvinceCode", "TenthsOfDays") DO UPDATE SET "Complaints" = "ComplaintDecisionTimes"."Complaints" + excluded."Complaints";
END;
CREATE TRIGGER complaints_count_received_deleted BEFORE DELETE ON "Complaints" BEGIN
INSERT INTO "ReceivedComplaintCounts" ("Month", "Category", "ProvinceCode", "Outcome", "Complaints", "Decided", "DaysToDecide")
SELECT strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Account_Category", c."Complainant_ProvinceCode", COALESCE(c."Outcome", ''),
    -1 * COUNT(*), -1 * COUNT(c."DecidedAt"), -1 * COALESCE(SUM((unixepoch(c."DecidedAt", 'subsec') - unixepoch(c."ReceivedAt", 'subsec')) / 86400.0), 0.0)
FROM (SELECT OLD."ReceivedAt" AS "ReceivedAt", OLD."Account_Category" AS "Account_Category", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."Outcome" AS "Outcome", OLD."DecidedAt" AS "DecidedAt", OLD."AgencyId" AS "AgencyId") AS c GROUP BY 1, 2, 3, 4
ON CONFLICT ("Month", "Category", "ProvinceCode", "Outcome") DO UPDATE SET
    "Complaints" = "ReceivedComplaintCounts"."Complaints" + excluded."Complaints",
    "Decided" = "ReceivedComplaintCounts"."Decided" + excluded."Decided",
    "DaysToDecide" = "ReceivedComplaintCounts"."DaysToDecide" + excluded."DaysToDecide";
INSERT INTO "AgencyReceivedComplaintCounts" ("AgencyId", "Month", "ProvinceCode", "Complaints")
SELECT c."AgencyId", strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Complainant_ProvinceCode", -1 * COUNT(*)
FROM (SELECT OLD."ReceivedAt" AS "ReceivedAt", OLD."Account_Category" AS "Account_Category", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."Outcome" AS "Outcome", OLD."DecidedAt" AS "DecidedAt", OLD."AgencyId" AS "AgencyId") AS c WHERE c."AgencyId" IS NOT NULL GROUP BY 1, 2, 3
ON CONFLICT ("AgencyId", "Month", "ProvinceCode") DO UPDATE SET "Complaints" = "AgencyReceivedComplaintCounts"."Complaints" + excluded."Complaints";
INSERT INTO "ComplaintDecisionTimes" ("Month", "ProvinceCode", "TenthsOfDays", "Complaints")
SELECT strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Complainant_ProvinceCode", CAST(round((unixepoch(c."DecidedAt", 'subsec') - unixepoch(c."ReceivedAt", 'subsec')) / 8640.0) AS integer), -1 * COUNT(*)
FROM (SELECT OLD."ReceivedAt" AS "ReceivedAt", OLD."Account_Category" AS "Account_Category", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."Outcome" AS "Outcome", OLD."DecidedAt" AS "DecidedAt", OLD."AgencyId" AS "AgencyId") AS c WHERE c."DecidedAt" IS NOT NULL GROUP BY 1, 2, 3
ON CONFLICT ("Month", "ProvinceCode", "TenthsOfDays") DO UPDATE SET "Complaints" = "ComplaintDecisionTimes"."Complaints" + excluded."Complaints";
END;
CREATE TRIGGER complaints_count_open_inserted BEFORE INSERT ON "Complaints" BEGIN
INSERT INTO "OpenComplaintCounts" ("ProvinceCode", "OfficerName", "DueMonth", "Complaints")
SELECT c."Complainant_ProvinceCode", COALESCE(c."AssignedOfficerName", ''), strftime('%Y-%m', CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END, '+7 hours'), 1 * COUNT(*)
FROM (SELECT NEW."Status" AS "Status", NEW."AcknowledgeBy" AS "AcknowledgeBy", NEW."ResolveBy" AS "ResolveBy", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."AssignedOfficerName" AS "AssignedOfficerName", NEW."AgencyId" AS "AgencyId") AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2, 3
ON CONFLICT ("ProvinceCode", "OfficerName", "DueMonth") DO UPDATE SET "Complaints" = "OpenComplaintCounts"."Complaints" + excluded."Complaints";
INSERT INTO "AgencyOpenComplaintCounts" ("AgencyId", "DueMonth", "Complaints")
SELECT COALESCE(c."AgencyId", '00000000-0000-0000-0000-000000000000'), strftime('%Y-%m', CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END, '+7 hours'), 1 * COUNT(*)
FROM (SELECT NEW."Status" AS "Status", NEW."AcknowledgeBy" AS "AcknowledgeBy", NEW."ResolveBy" AS "ResolveBy", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."AssignedOfficerName" AS "AssignedOfficerName", NEW."AgencyId" AS "AgencyId") AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2
ON CONFLICT ("AgencyId", "DueMonth") DO UPDATE SET "Complaints" = "AgencyOpenComplaintCounts"."Complaints" + excluded."Complaints";
END;
CREATE TRIGGER complaints_count_open_updated BEFORE UPDATE OF "Status", "AcknowledgeBy", "ResolveBy", "Complainant_ProvinceCode", "AssignedOfficerName", "AgencyId" ON "Complaints" BEGIN
INSERT INTO "OpenComplaintCounts" ("ProvinceCode", "OfficerName", "DueMonth", "Complaints")
SELECT c."Complainant_ProvinceCode", COALESCE(c."AssignedOfficerName", ''), strftime('%Y-%m', CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END, '+7 hours'), -1 * COUNT(*)
FROM (SELECT OLD."Status" AS "Status", OLD."AcknowledgeBy" AS "AcknowledgeBy", OLD."ResolveBy" AS "ResolveBy", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."AssignedOfficerName" AS "AssignedOfficerName", OLD."AgencyId" AS "AgencyId") AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2, 3
ON CONFLICT ("ProvinceCode", "OfficerName", "DueMonth") DO UPDATE SET "Complaints" = "OpenComplaintCounts"."Complaints" + excluded."Complaints";
INSERT INTO "AgencyOpenComplaintCounts" ("AgencyId", "DueMonth", "Complaints")
SELECT COALESCE(c."AgencyId", '00000000-0000-0000-0000-000000000000'), strftime('%Y-%m', CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END, '+7 hours'), -1 * COUNT(*)
FROM (SELECT OLD."Status" AS "Status", OLD."AcknowledgeBy" AS "AcknowledgeBy", OLD."ResolveBy" AS "ResolveBy", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."AssignedOfficerName" AS "AssignedOfficerName", OLD."AgencyId" AS "AgencyId") AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2
ON CONFLICT ("AgencyId", "DueMonth") DO UPDATE SET "Complaints" = "AgencyOpenComplaintCounts"."Complaints" + excluded."Complaints";
INSERT INTO "OpenComplaintCounts" ("ProvinceCode", "OfficerName", "DueMonth", "Complaints")
SELECT c."Complainant_ProvinceCode", COALESCE(c."AssignedOfficerName", ''), strftime('%Y-%m', CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END, '+7 hours'), 1 * COUNT(*)
FROM (SELECT NEW."Status" AS "Status", NEW."AcknowledgeBy" AS "AcknowledgeBy", NEW."ResolveBy" AS "ResolveBy", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."AssignedOfficerName" AS "AssignedOfficerName", NEW."AgencyId" AS "AgencyId") AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2, 3
ON CONFLICT ("ProvinceCode", "OfficerName", "DueMonth") DO UPDATE SET "Complaints" = "OpenComplaintCounts"."Complaints" + excluded."Complaints";
INSERT INTO "AgencyOpenComplaintCounts" ("AgencyId", "DueMonth", "Complaints")
SELECT COALESCE(c."AgencyId", '00000000-0000-0000-0000-000000000000'), strftime('%Y-%m', CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END, '+7 hours'), 1 * COUNT(*)
FROM (SELECT NEW."Status" AS "Status", NEW."AcknowledgeBy" AS "AcknowledgeBy", NEW."ResolveBy" AS "ResolveBy", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."AssignedOfficerName" AS "AssignedOfficerName", NEW."AgencyId" AS "AgencyId") AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2
ON CONFLICT ("AgencyId", "DueMonth") DO UPDATE SET "Complaints" = "AgencyOpenComplaintCounts"."Complaints" + excluded."Complaints";
END;
CREATE TRIGGER complaints_count_open_deleted BEFORE DELETE ON "Complaints" BEGIN
INSERT INTO "OpenComplaintCounts" ("ProvinceCode", "OfficerName", "DueMonth", "Complaints")
SELECT c."Complainant_ProvinceCode", COALESCE(c."AssignedOfficerName", ''), strftime('%Y-%m', CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END, '+7 hours'), -1 * COUNT(*)
FROM (SELECT OLD."Status" AS "Status", OLD."AcknowledgeBy" AS "AcknowledgeBy", OLD."ResolveBy" AS "ResolveBy", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."AssignedOfficerName" AS "AssignedOfficerName", OLD."AgencyId" AS "AgencyId") AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2, 3
ON CONFLICT ("ProvinceCode", "OfficerName", "DueMonth") DO UPDATE SET "Complaints" = "OpenComplaintCounts"."Complaints" + excluded."Complaints";
INSERT INTO "AgencyOpenComplaintCounts" ("AgencyId", "DueMonth", "Complaints")
SELECT COALESCE(c."AgencyId", '00000000-0000-0000-0000-000000000000'), strftime('%Y-%m', CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END, '+7 hours'), -1 * COUNT(*)
FROM (SELECT OLD."Status" AS "Status", OLD."AcknowledgeBy" AS "AcknowledgeBy", OLD."ResolveBy" AS "ResolveBy", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."AssignedOfficerName" AS "AssignedOfficerName", OLD."AgencyId" AS "AgencyId") AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2
ON CONFLICT ("AgencyId", "DueMonth") DO UPDATE SET "Complaints" = "AgencyOpenComplaintCounts"."Complaints" + excluded."Complaints";
END;
CREATE TRIGGER repatriationcases_count_inserted BEFORE INSERT ON "RepatriationCases" BEGIN
INSERT INTO "WorkerMovementCounts" ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", "Deployments", "Returns", "Repatriations")
SELECT "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", 1 * SUM("Deployments"), 1 * SUM("Returns"), 1 * SUM("Repatriations")
FROM (SELECT strftime('%Y-%m', r."OpenedAt", '+7 hours') AS "Month", d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode" AS "ProvinceCode",
    0 AS "Deployments", 0 AS "Returns", 1 AS "Repatriations"
FROM (SELECT NEW."DeploymentId" AS "DeploymentId", NEW."OpenedAt" AS "OpenedAt") AS r JOIN "Deployments" AS d ON d."Id" = r."DeploymentId" JOIN "Workers" AS w ON w."Id" = d."WorkerId") AS c
GROUP BY "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode"
ON CONFLICT ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode") DO UPDATE SET
    "Deployments" = "WorkerMovementCounts"."Deployments" + excluded."Deployments",
    "Returns" = "WorkerMovementCounts"."Returns" + excluded."Returns",
    "Repatriations" = "WorkerMovementCounts"."Repatriations" + excluded."Repatriations";
END;
CREATE TRIGGER repatriationcases_count_deleted BEFORE DELETE ON "RepatriationCases" BEGIN
INSERT INTO "WorkerMovementCounts" ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", "Deployments", "Returns", "Repatriations")
SELECT "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", -1 * SUM("Deployments"), -1 * SUM("Returns"), -1 * SUM("Repatriations")
FROM (SELECT strftime('%Y-%m', r."OpenedAt", '+7 hours') AS "Month", d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode" AS "ProvinceCode",
    0 AS "Deployments", 0 AS "Returns", 1 AS "Repatriations"
FROM (SELECT OLD."DeploymentId" AS "DeploymentId", OLD."OpenedAt" AS "OpenedAt") AS r JOIN "Deployments" AS d ON d."Id" = r."DeploymentId" JOIN "Workers" AS w ON w."Id" = d."WorkerId") AS c
GROUP BY "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode"
ON CONFLICT ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode") DO UPDATE SET
    "Deployments" = "WorkerMovementCounts"."Deployments" + excluded."Deployments",
    "Returns" = "WorkerMovementCounts"."Returns" + excluded."Returns",
    "Repatriations" = "WorkerMovementCounts"."Repatriations" + excluded."Repatriations";
END;
CREATE UNIQUE INDEX "IX_JobSchedules_JobName" ON "JobSchedules" ("JobName");
COMMIT;
