using System.Globalization;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Api.OpenApi;

/// <summary>
/// A real front end (tests/api-client/src/scenario.ts): its types are generated from the live document with
/// openapi-typescript and type-checked by tsc, so a contract change that breaks the client fails here before it
/// runs; then Node runs it with openapi-fetch against this Host. The outbox relays by itself, as in production,
/// so the front end waits for social services' intakes as a user would.
/// </summary>
public sealed class ApiClientScenarioTests : IntegrationTest
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Outbox:RelayEnabled"] = "true",
        ["Outbox:PollInterval"] = "00:00:00.200",
    };

    [Test]
    public async Task A_generated_typescript_client_runs_the_school_to_social_services_scenario()
    {
        var world = await SchoolWorld.CreateAsync(App);
        using (var document = await LiveDocument.WriteAsync(App))
        {
            var generate = await NodeTools.RunAsync("openapi-typescript", [document.Path, "--output", "generated/schema.d.ts"]);
            generate.ExitCode.ShouldBe(0, generate.Output);
        }

        var typeCheck = await NodeTools.RunAsync("tsc", ["--project", "."]);
        typeCheck.ExitCode.ShouldBe(0, $"The client no longer type-checks against the live document:\n{typeCheck.Output}");

        using var anonymous = App.ClientFor();
        var today = DateOnly.FromDateTime(App.Time.GetUtcNow().UtcDateTime);
        var scenario = await NodeTools.RunAsync("node", ["build/src/scenario.js"], new Dictionary<string, string>
        {
            ["SAMVERKAN_BASE_URL"] = anonymous.BaseAddress!.ToString().TrimEnd('/'),
            ["SAMVERKAN_TODAY"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["SAMVERKAN_TOKEN_PRINCIPAL"] = App.TokenFor(world.Principal),
            ["SAMVERKAN_TOKEN_SOCIAL_WORKER"] = App.TokenFor(world.SocialWorker),
            ["SAMVERKAN_SCHOOL_ID"] = world.Engelbrekt.ToString(),
            ["SAMVERKAN_ORGANISER_ID"] = world.CityOrganiser.ToString(),
            ["SAMVERKAN_PUPIL_PIN"] = SchoolWorld.Pin(new DateOnly(2013, 5, 10), "238"),
        });

        TestContext.Out.WriteLine(scenario.Output);
        scenario.ExitCode.ShouldBe(0, scenario.Output);
        scenario.Output.ShouldContain("stale decision is refused with 412");
    }
}
