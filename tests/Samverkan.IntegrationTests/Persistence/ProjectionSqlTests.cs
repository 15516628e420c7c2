using Mapster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Samverkan.OperativeForums.Application.Features.Directory.ListOrganisations;
using Samverkan.OperativeForums.Application.Mapping;
using Samverkan.OperativeForums.Infrastructure.Persistence;
using Samverkan.SchoolAttendance.Application.Features.Pupils.ListPupils;
using Samverkan.SchoolAttendance.Application.Mapping;
using Samverkan.SchoolAttendance.Infrastructure.Persistence;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Persistence;

/// <summary>The modules' Mapster projections on their real DbContexts: the SQL reads only what the DTO shows.</summary>
public sealed class ProjectionSqlTests : IntegrationTest
{
    [Test]
    public void PupilSummary_SelectsOnlyItsColumns_NeverTheAddress()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchoolAttendanceDbContext>();
        var config = scope.ServiceProvider.GetRequiredService<SchoolAttendanceMapping>().Config;

        var sql = db.Pupils.ProjectToType<PupilSummaryDto>(config).ToQueryString();

        var selected = sql[..sql.IndexOf("FROM", StringComparison.Ordinal)];
        // The number's kind is worked out in SQL from the number itself; no other column (never the address) is read.
        selected.ShouldStartWith("SELECT p.id, p.personal_identity_number, p.school_form, p.has_protected_identity, p.home_district_code, CASE");
        System.Text.RegularExpressions.Regex.Matches(selected, @"p\.(\w+)").Select(m => m.Groups[1].Value).Distinct()
            .ShouldBe(["id", "personal_identity_number", "school_form", "has_protected_identity", "home_district_code"], ignoreOrder: true);
    }

    [Test]
    public void OrganisationSummary_ReadsTheDistrictCodesOfTheOwnedCollection()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OperativeForumsDbContext>();
        var config = scope.ServiceProvider.GetRequiredService<OperativeForumsMapping>().Config;

        var sql = db.Organisations.ProjectToType<OrganisationDto>(config).ToQueryString();

        sql.ShouldContain("organisation_districts");
        sql.ShouldContain(".district_code");
        TestContext.Out.WriteLine(sql);
    }
}
