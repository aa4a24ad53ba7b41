using System.Globalization;
using FluentValidation;
using Licensing.Api.Tests.Support;
using Licensing.Application.Applications;
using Licensing.Application.Disappearances;
using Licensing.Application.Evaluations;
using Licensing.Domain.Evaluations;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Api.Tests.Foundation;

/// <summary>A field's error message names the field as its form labels it; a score's message names its criterion.</summary>
public sealed class FieldLabelTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("en", "When did you last speak with them?")]
    [InlineData("km", "តើអ្នកបាននិយាយជាមួយគាត់ចុងក្រោយនៅពេលណា?")]
    public void TheFamilysLastContact_IsNamedAsTheFormAsksIt(string language, string label)
    {
        var report = new ReportMissingRelative.Command("Sok", "+855 12 000 000", "Mother", "Chan Dara", "N0000001", "Bangkok", null, "No news for a week.", null);

        var errors = ErrorsIn(language, report);

        Assert.Contains(errors, e => e.Contains(label, StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Contains("Last contact", StringComparison.Ordinal) || e.Contains("ទំនាក់ទំនងចុងក្រោយ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "What is missing or unclear")]
    [InlineData("km", "ព័ត៌មាន ឬឯកសារដែលខ្វះ ឬមិនច្បាស់លាស់")]
    public void AnInformationRequest_IsNamedAsTheOfficersFormLabelsIt(string language, string label)
    {
        var errors = ErrorsIn(language, new RequestApplicationInformation.Command(""));

        Assert.Contains(errors, e => e.Contains(label, StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Contains("Reason", StringComparison.Ordinal) || e.Contains("មូលហេតុ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Pre-departure orientation")]
    [InlineData("km", "ការតម្រង់ទិសមុនចេញដំណើរ")]
    public void AScoresError_NamesItsCriterion(string language, string criterion)
    {
        var scores = Scoring.Criteria.Select(c => new ScoreEvaluation.Score(c, c == EvaluationCriterion.PreDepartureOrientation ? 9 : 3, "Seen in the files.")).ToList();

        var error = Assert.Single(ErrorsIn(language, new ScoreEvaluation.Command(scores)));

        Assert.Contains(criterion, error);
        Assert.DoesNotContain(nameof(EvaluationCriterion.PreDepartureOrientation), error);
    }

    private List<string> ErrorsIn<T>(string language, T command)
    {
        var reader = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            return app.Services.GetRequiredService<IValidator<T>>().Validate(command).Errors.Select(e => e.ErrorMessage).ToList();
        }
        finally
        {
            CultureInfo.CurrentUICulture = reader;
        }
    }
}
