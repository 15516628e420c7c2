using NUnit.Framework;
using Samverkan.SocialServices.Domain.Rules;
using Shouldly;

namespace Samverkan.UnitTests.SocialServices;

public sealed class LegalRuleCatalogueTests
{
    [Test]
    public void FeedbackWithinOneWeek_AppliesFrom15January2026()
    {
        LegalRuleCatalogue.InForce(LegalRuleKeys.FeedbackToReporter, new DateOnly(2026, 1, 14)).ShouldBeNull();
        LegalRuleCatalogue.InForce(LegalRuleKeys.FeedbackToReporter, new DateOnly(2026, 1, 15))!.Reference.ShouldContain("19 kap. 6 §");
    }

    [TestCase(LegalRuleKeys.PreliminaryAssessment, "20 kap. 2 § SoL (2025:400)", "[11 kap. 1 a § SoL (2001:453)]")]
    [TestCase(LegalRuleKeys.InformAffected, "20 kap. 4 § SoL (2025:400)", "[11 kap. 8 § SoL (2001:453)]")]
    public void SocialServicesRules_NameNewAndOldParagraph(string key, string newParagraph, string oldParagraph)
    {
        var rule = LegalRuleCatalogue.Required(key, new DateOnly(2026, 3, 2));
        rule.Reference.ShouldContain(newParagraph);
        rule.Reference.ShouldContain(oldParagraph);
    }

    [Test]
    public void EveryRule_HasAReference()
    {
        LegalRuleCatalogue.All.ShouldAllBe(rule => rule.Reference.Contains('§'));
        Samverkan.SchoolAttendance.Domain.Rules.LegalRuleCatalogue.All.ShouldAllBe(rule => rule.Reference.Contains('§'));
    }
}
