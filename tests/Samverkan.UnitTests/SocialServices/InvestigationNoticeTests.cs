using NUnit.Framework;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.SocialServices.Domain.Cases;
using Shouldly;

namespace Samverkan.UnitTests.SocialServices;

/// <summary>The notice to those affected (20 kap. 4 § SoL) is dated from the investigation's opening to today.</summary>
public sealed class InvestigationNoticeTests
{
    private static readonly DateOnly OpenedOn = new(2026, 3, 2);
    private static readonly DateOnly Today = new(2026, 3, 5);

    [TestCase("2026-03-02", Description = "the opening day")]
    [TestCase("2026-03-05", Description = "today")]
    public void A_notice_from_the_opening_to_today_is_recorded(string informedOn)
    {
        var investigation = Open();

        investigation.RecordAffectedInformed(DateOnly.Parse(informedOn, System.Globalization.CultureInfo.InvariantCulture), "vårdnadshavare och barnet", "brev", Today);

        investigation.IsAffectedInformed.ShouldBeTrue();
        investigation.AffectedInformedHow.ShouldBe("brev");
    }

    [TestCase("2026-03-01", Description = "the day before the opening")]
    [TestCase("2026-03-06", Description = "tomorrow")]
    public void A_notice_outside_the_opening_to_today_names_the_rule(string informedOn)
    {
        var investigation = Open();

        Should.Throw<BusinessRuleViolationException>(() =>
                investigation.RecordAffectedInformed(DateOnly.Parse(informedOn, System.Globalization.CultureInfo.InvariantCulture), "vårdnadshavare", "brev", Today))
            .Rule.ShouldStartWith("20 kap. 4 § SoL (2025:400)");
        investigation.IsAffectedInformed.ShouldBeFalse();
    }

    private static Investigation Open() => Investigation.Open(Guid.NewGuid(), "ostermalm", OpenedOn, OpenedOn.AddMonths(4), onSchoolReport: true);
}
