namespace Samverkan.Bus.Application.Features.Governance;

/// <summary>
/// The default period of a governing document (configuration Bus:GoverningDocuments). No seed fixes one (issue 15):
/// the value is the city's working choice and is stored with every document that used it, labelled with this source.
/// </summary>
public sealed class GovernanceOptions
{
    public int PeriodMonths { get; set; } = 12;

    public string PeriodSource { get; set; } = "Ingen källa anger planperiod (issue 15); standard ett år enligt stadens konfiguration Bus:GoverningDocuments";
}
