// A district front end's day, through a client typed from the live OpenAPI document (openapi-typescript) and
// called with openapi-fetch: the school registers a pupil, decides a suspension (its notice goes to social
// services) and reports a concern; a social worker sees the intakes and records the preliminary assessment; the
// school sees the feedback; a second screen's edit of the intake, made on a stale version, is refused with 412.
// Run by ApiClientScenarioTests, which starts the Host and passes the address, tokens and ids in the environment.
import assert from "node:assert/strict";
import createClient from "openapi-fetch";
import type { components, paths } from "../generated/schema.js";

type Schemas = components["schemas"];

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (ApiClientScenarioTests sets it)`);
  return value;
};

const baseUrl = env("SAMVERKAN_BASE_URL");
const today = env("SAMVERKAN_TODAY");
const client = (token: string) => createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });
const school = client(env("SAMVERKAN_TOKEN_PRINCIPAL"));
const screenA = client(env("SAMVERKAN_TOKEN_SOCIAL_WORKER"));
const screenB = client(env("SAMVERKAN_TOKEN_SOCIAL_WORKER"));

const addDays = (date: string, days: number): string => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
};
const step = (text: string) => console.log(`- ${text}`);
const isUtcInstant = (instant: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|\+00:00)$/.test(instant);

// The allowed values are part of the contract: were one renamed or dropped, this would no longer type-check.
const sources: Schemas["IntakeSummaryDto"]["source"][] = ["report-of-concern", "suspension-notice"];
const entitledStatus: Schemas["ReportStatusDto"]["status"] = "feedback-given";

async function main() {
  const registered = await school.POST("/api/v1/school-attendance/pupils", {
    body: {
      personalIdentityNumber: env("SAMVERKAN_PUPIL_PIN"),
      schoolId: env("SAMVERKAN_SCHOOL_ID"),
      organiserId: env("SAMVERKAN_ORGANISER_ID"),
      homeDistrictCode: "ostermalm",
      schoolForm: "compulsory",
      hasProtectedIdentity: false,
      address: "Storgatan 1, Stockholm",
    },
  });
  assert.equal(registered.response.status, 201, JSON.stringify(registered.error));
  const pupilId = registered.data!;
  step(`school registered pupil ${pupilId}`);

  const suspension = await school.POST("/api/v1/school-attendance/pupils/{pupilId}/suspensions", {
    params: { path: { pupilId } },
    body: {
      startDate: today,
      endDate: addDays(today, 4),
      reason: "Hot mot annan elev",
      hearingHeldOn: today,
      hearingNotes: "Eleven och vårdnadshavare hörda",
      compensatoryTeaching: "Skolarbete hemma med lärarstöd",
      socialServicesConsultedOn: null,
    },
  });
  assert.equal(suspension.response.status, 201, JSON.stringify(suspension.error));
  const suspensions = await school.GET("/api/v1/school-attendance/pupils/{pupilId}/suspensions", { params: { path: { pupilId } } });
  assert.equal(suspensions.data?.[0]?.socialServicesInformed, true, "the suspension's notice goes to social services");
  step("school decided a five-day suspension; social services are informed");

  const report = await school.POST("/api/v1/school-attendance/pupils/{pupilId}/reports-of-concern", {
    params: { path: { pupilId } },
    body: { observations: "Frånvaro 40 % i tre veckor, säger att hon inte vågar gå till skolan" },
  });
  assert.equal(report.response.status, 201, JSON.stringify(report.error));
  const reportId = report.data!;
  step("school sent a report of concern");

  const intakes = await waitForIntakes(pupilId, sources.length);
  assert.deepEqual(intakes.map((intake) => intake.source).sort(), [...sources].sort());
  for (const intake of intakes) assert.ok(isUtcInstant(intake.receivedAt), `receivedAt ${intake.receivedAt} is an instant in UTC`);
  const intakeId = intakes.find((intake) => intake.source === "report-of-concern")!.id;
  step(`social worker sees both intakes, page by page (${intakes.length} of this pupil)`);

  // Two screens open the same intake: both hold its current version.
  const onA = await screenA.GET("/api/v1/social-services/intakes/{intakeId}", { params: { path: { intakeId } } });
  const onB = await screenB.GET("/api/v1/social-services/intakes/{intakeId}", { params: { path: { intakeId } } });
  assert.equal(onA.response.status, 200, JSON.stringify(onA.error));
  assert.equal(onA.data!.deadlines.length > 0, true, "the intake shows its deadlines");
  const staleETag = onB.response.headers.get("ETag");

  let etag = onA.response.headers.get("ETag");
  const protection = await screenA.POST("/api/v1/social-services/intakes/{intakeId}/protection-assessment", {
    params: { path: { intakeId } },
    headers: ifMatch(etag),
    body: { text: "Inget akut skyddsbehov" },
  });
  assert.equal(protection.response.status, 204, JSON.stringify(protection.error));
  etag = protection.response.headers.get("ETag") ?? (await screenA.GET("/api/v1/social-services/intakes/{intakeId}", { params: { path: { intakeId } } })).response.headers.get("ETag");
  const decision = await screenA.POST("/api/v1/social-services/intakes/{intakeId}/decision", {
    params: { path: { intakeId } },
    headers: ifMatch(etag),
    body: { openInvestigation: true, reasons: "Oro för skolgången; risk för hemmasittande" },
  });
  assert.equal(decision.response.status, 200, JSON.stringify(decision.error));
  assert.ok(decision.data!.investigationId, "deciding to investigate opens an investigation");
  etag = decision.response.headers.get("ETag") ?? (await screenA.GET("/api/v1/social-services/intakes/{intakeId}", { params: { path: { intakeId } } })).response.headers.get("ETag");
  const feedback = await screenA.POST("/api/v1/social-services/intakes/{intakeId}/feedback", {
    params: { path: { intakeId } },
    headers: ifMatch(etag),
    body: { text: "En utredning har inletts." },
  });
  assert.equal(feedback.response.status, 204, JSON.stringify(feedback.error));
  step("social worker recorded the protection assessment, the preliminary assessment's decision and feedback");

  const status = await waitForReportStatus(reportId, entitledStatus);
  assert.equal(status.response.status, 200, JSON.stringify(status.error));
  assert.equal(status.data!.status, entitledStatus);
  assert.equal(status.data!.feedback, "En utredning har inletts.");
  assert.ok(!JSON.stringify(status.data).includes("hemmasittande"), "the school never sees the assessment's reasons");
  step("school sees the feedback, and not the reasons");

  // The second screen still shows the intake as it was before the first screen's changes.
  assert.ok(staleETag, "GET intake answers an ETag (ETag and If-Match come with the concurrency work of issue 12)");
  const stale = await screenB.POST("/api/v1/social-services/intakes/{intakeId}/decision", {
    params: { path: { intakeId } },
    headers: ifMatch(staleETag),
    body: { openInvestigation: false, reasons: "Ingen oro" },
  });
  assert.equal(stale.response.status, 412, `a stale If-Match is refused, got ${stale.response.status}: ${JSON.stringify(stale.error)}`);
  assert.match(stale.response.headers.get("Content-Type") ?? "", /^application\/problem\+json/);
  step("the second screen's stale decision is refused with 412; nothing was overwritten");
}

function ifMatch(etag: string | null): Record<string, string> {
  return etag ? { "If-Match": etag } : {};
}

/** The pupil's intakes as social services see them, read page by page; waits for the outbox to deliver them. */
async function waitForIntakes(pupilId: string, expected: number): Promise<Schemas["IntakeSummaryDto"][]> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const all: Schemas["IntakeSummaryDto"][] = [];
    for (let page = 1; ; page++) {
      const { data, error, response } = await screenA.GET("/api/v1/social-services/intakes", { params: { query: { page, pageSize: 1 } } });
      assert.equal(response.status, 200, JSON.stringify(error));
      assert.equal(data!.page, page);
      assert.equal(data!.pageSize, 1);
      all.push(...data!.items);
      if (page * data!.pageSize >= data!.totalCount) break;
    }

    const mine = all.filter((intake) => intake.pupilId === pupilId);
    if (mine.length >= expected) return mine;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  throw new Error(`social services did not receive ${expected} intakes within 10 s`);
}

/** The school's view of its report; waits for the outbox to bring social services' status back (at most 10 s). */
async function waitForReportStatus(reportId: string, expected: string) {
  for (let attempt = 0; ; attempt++) {
    const status = await school.GET("/api/v1/school-attendance/reports-of-concern/{reportId}", { params: { path: { reportId } } });
    if (status.data?.status === expected || attempt >= 100) return status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
