using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Infrastructure.Startup;
using Samverkan.Sip.Application.Features.Plans;
using Samverkan.Sip.Domain.Consents;
using Samverkan.Sip.Domain.Coordination;
using Samverkan.Sip.Domain.Plans;
using Samverkan.Sip.Infrastructure.Persistence;

namespace Samverkan.Sip.Infrastructure.DemoData;

/// <summary>
/// One demo SIP in Östermalm, so the flow can be tried at once: proposed by Engelbrektsskolan, judged needed and
/// convened by Socialtjänsten Östermalm, with BUP Norr and the school taking part, a guardian's consent, an agreed
/// version 1 with two measures and a follow-up date (its deadline open); and a coordination function for Östermalm
/// held by the demo coordinator of "DemoUsers". Dates are relative to the day of seeding. Only with
/// Samverkan:SeedDemoData, and each part only when the module has none of its kind yet (idempotent).
/// </summary>
internal sealed class DemoSipSeeder(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time) : IStartupTask
{
    // Ids of the demo directory (OperativeForums' DemoDirectory).
    private static readonly Guid OstermalmSocial = Guid.Parse("a0000000-0000-4000-8000-000000000001");
    private static readonly Guid BupNorr = Guid.Parse("a0000000-0000-4000-8000-000000000020");
    private static readonly Guid Engelbrekt = Guid.Parse("a0000000-0000-4000-8000-000000000010");

    private sealed record DemoUser(string UserName, string[] Districts, string[] Roles);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Samverkan:SeedDemoData"))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SipDbContext>();
        var today = StockholmCalendar.Today(time);
        if (!await db.CoordinationFunctions.AnyAsync(cancellationToken))
        {
            var coordinator = (configuration.GetSection("DemoUsers").Get<List<DemoUser>>() ?? [])
                .FirstOrDefault(u => u.Roles.Contains(Roles.Coordinator) && u.Districts.Contains("ostermalm"))?.UserName;
            db.CoordinationFunctions.Add(CoordinationFunction.Establish(
                "SIP-samordning Östermalm", CoordinationAreaKinds.District, "ostermalm", "Östermalm", ["ostermalm"], coordinator, new DateOnly(today.Year, 1, 1), null, time.GetUtcNow()));
        }

        if (!await db.Plans.AnyAsync(p => p.DistrictCode == "ostermalm", cancellationToken))
        {
            await SeedPlanAsync(db, scope.ServiceProvider.GetRequiredService<SipDeadlines>(), today, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedPlanAsync(SipDbContext db, SipDeadlines deadlines, DateOnly today, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var plan = SipPlan.Propose(
            "ostermalm", "Alva Andersson", new DateOnly(today.Year - 11, 4, 2), ChildSexes.Female, Engelbrekt, "school",
            "Stor frånvaro sedan höstlovet; behöver både socialtjänst och BUP (demodata)", now.AddDays(-28));
        plan.JudgeNeeded(OstermalmSocial, true, OstermalmSocial, true, today.AddDays(-27));
        plan.AddParticipant(BupNorr, true);
        plan.AddParticipant(Engelbrekt, false);
        plan.RecordFirstMeeting(today.AddDays(-14));
        plan.Revise(
            "Alva vill kunna gå till skolan utan ångest", "Närvaro 80 % inom tre månader", OstermalmSocial, today.AddDays(60),
            [
                (null, new MeasureContent("Samtalsstöd varje vecka", BupNorr, "Kim Berg", "bup.norr", today.AddDays(-7), today.AddDays(45), MeasureStatuses.Ongoing, today.AddDays(-7), null, "Alva och mamma kommer på samtalen", null)),
                (null, new MeasureContent("Anpassad studiegång och trygg vuxen på morgonen", Engelbrekt, "Rektor", "rektor.engelbrekt", today.AddDays(-7), today.AddDays(30), MeasureStatuses.Ongoing, today.AddDays(-7), null, null, "Åtgärdsprogram (demodata)")),
            ]);
        plan.Approve(OstermalmSocial);
        plan.Approve(BupNorr);
        db.Plans.Add(plan);
        db.PlanVersions.Add(new PlanVersion(plan.Id, plan.AgreedVersions, today, PlanContentDto.Of(plan).ToJson(), [.. plan.ApprovedBy]));
        deadlines.OpenFollowUp(plan, plan.FollowUpDate!.Value);
        await deadlines.AgreeMeasuresAsync(plan, plan.AgreedVersions, cancellationToken);
        db.Consents.Add(Consent.Record(
            plan.Id, "Sara Andersson", ConsentingRoles.Guardian, null, [BupNorr, Engelbrekt], [], today.AddDays(-27), today.AddYears(1), ConsentForms.Written,
            "Socialsekreterare, Socialtjänsten Östermalm (demodata)", now.AddDays(-27)));
    }
}
