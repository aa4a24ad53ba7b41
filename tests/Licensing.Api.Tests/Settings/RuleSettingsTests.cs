using Licensing.Application.Settings;
using Licensing.Domain.Evaluations;
using Licensing.Domain.Settings;

namespace Licensing.Api.Tests.Settings;

public sealed class RuleSettingsTests
{
    [Fact]
    public void TheSnapshot_ReadsEveryCataloguedSettingOnce()
    {
        var asked = new List<string>();
        RuleSettings.From(key =>
        {
            asked.Add(key);
            return SettingCatalog.Find(key)!.Default;
        });
        Assert.Equal(SettingCatalog.All.Select(d => d.Key).Order(), asked.Order());
    }

    [Fact]
    public void StoredValues_AreParsedToTheirKinds_AndMissingOnesFallBackToTheDefault()
    {
        var settings = RuleSettings.From(new Dictionary<string, string>
        {
            [SettingCatalog.LicenceExpiryReminderDays] = "7, 90,30",
            [SettingCatalog.MaximumRecruitmentFeeUsd] = "1500.50",
            [SettingCatalog.RequireTwoFactorForStaff] = "yes",
        });
        Assert.Equal([7, 30, 90], settings.LicenceExpiryReminderDays);
        Assert.Equal(1500.50m, settings.MaximumRecruitmentFeeUsd);
        Assert.True(settings.RequireTwoFactorForStaff);
        Assert.Equal(24, settings.LicenceTermMonths);
        Assert.Equal(BandThresholds.Parse(BandThresholds.Default), settings.EvaluationBandThresholds);
        Assert.Null(RuleSettings.From(new Dictionary<string, string>()).MaximumRecruitmentFeeUsd);
    }
}
