using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Admin;

/// <summary>
/// Behind a load balancer a browser's requests land on any Host: an administrator signs in through one and posts
/// a form through the other. Each Host process gets a home directory of its own, as two machines have, which is
/// where ASP.NET Core keeps its data-protection keys unless told otherwise; with per-machine keys the second Host
/// cannot read the console cookie (back to the login page) nor the antiforgery token (400).
/// </summary>
public sealed partial class AdminConsoleAcrossHostsTests : IntegrationTest
{
    [Test]
    public async Task Signed_in_through_one_host_a_form_posts_through_the_other()
    {
        await using var first = StartHost(out var firstAddress);
        await using var second = StartHost(out var secondAddress);
        await WaitUntilReadyAsync(firstAddress, first);
        await WaitUntilReadyAsync(secondAddress, second);
        // One browser: the cookies of 127.0.0.1 go to both ports, as to two Hosts behind one address.
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false });

        var login = await browser.GetStringAsync(new Uri(firstAddress, "/admin/login"));
        var signedIn = await browser.PostAsync(new Uri(firstAddress, "/admin/login"), Form(login, ("UserName", "admin")));
        var pageFromFirst = await browser.GetStringAsync(new Uri(firstAddress, "/admin/contacts"));
        var pageFromSecond = await browser.GetAsync(new Uri(secondAddress, "/admin/contacts"));
        // A change with no school chosen: the page answers with its validation message, after the cookie and the
        // antiforgery token written by the first Host were both accepted by the second.
        var posted = await browser.PostAsync(new Uri(secondAddress, "/admin/contacts"), Form(pageFromFirst, ("Contact.SchoolId", Guid.Empty.ToString())));

        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        pageFromSecond.StatusCode.ShouldBe(HttpStatusCode.OK, $"the second Host sent the browser to {pageFromSecond.Headers.Location}");
        posted.StatusCode.ShouldBe(HttpStatusCode.OK, $"the second Host refused the form: {posted.StatusCode} {posted.Headers.Location}");
        (await posted.Content.ReadAsStringAsync()).ShouldContain("Skolornas kontaktpersoner inom socialtjänsten");
    }

    private static HostProcess StartHost(out Uri address)
    {
        var port = FreePort();
        address = new Uri($"http://127.0.0.1:{port}");
        return HostProcess.Start(new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = address.ToString(),
            ["HOME"] = Directory.CreateTempSubdirectory("samverkan-home-").FullName,
            ["Scheduler:Enabled"] = "false",
            ["Outbox:RelayEnabled"] = "false",
            ["DemoUsers:0:UserName"] = "admin",
            ["DemoUsers:0:OrganisationId"] = TestUser.OstermalmSocialServices.ToString(),
            ["DemoUsers:0:Districts:0"] = "ostermalm",
            ["DemoUsers:0:Roles:0"] = "administrator",
        });
    }

    private static async Task WaitUntilReadyAsync(Uri address, HostProcess host)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var waited = System.Diagnostics.Stopwatch.StartNew();
        // Two minutes: the machine running the tests may be shared and slow to start a process.
        while (waited.Elapsed < TimeSpan.FromMinutes(2))
        {
            try
            {
                if ((await client.GetAsync(new Uri(address, "/health/ready"))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // not listening yet, or too slow to answer within the client's timeout
            }

            await Task.Delay(200);
        }

        Assert.Fail($"The Host at {address} did not become ready: {host.RecentOutput}");
    }

    private static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) => new(
        fields.Select(f => KeyValuePair.Create(f.Name, f.Value))
            .Append(KeyValuePair.Create("__RequestVerificationToken", AntiforgeryToken().Match(page).Groups[1].Value)));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
