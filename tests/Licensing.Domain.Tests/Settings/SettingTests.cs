using Licensing.Domain.Common;
using Licensing.Domain.Settings;

namespace Licensing.Domain.Tests.Settings;

public sealed class SettingTests
{
    [Theory]
    [InlineData(SettingKind.PositiveInteger, "24", true)]
    [InlineData(SettingKind.PositiveInteger, "0", false)]
    [InlineData(SettingKind.PositiveInteger, "-3", false)]
    [InlineData(SettingKind.PositiveInteger, "2.5", false)]
    [InlineData(SettingKind.IntegerList, "90,60,30,7", true)]
    [InlineData(SettingKind.IntegerList, "90, 60", true)]
    [InlineData(SettingKind.IntegerList, "90,,7", false)]
    [InlineData(SettingKind.IntegerList, "soon", false)]
    [InlineData(SettingKind.OptionalMoney, "", true)]
    [InlineData(SettingKind.OptionalMoney, "700.50", true)]
    [InlineData(SettingKind.OptionalMoney, "-1", false)]
    [InlineData(SettingKind.PhoneNumber, "1297", true)]
    [InlineData(SettingKind.PhoneNumber, "+855 23 884 375", true)]
    [InlineData(SettingKind.PhoneNumber, "", false)]
    [InlineData(SettingKind.PhoneNumber, "call us", false)]
    [InlineData(SettingKind.PhoneNumber, "<script>", false)]
    public void Kind_AcceptsOnlyValuesOfItsShape(SettingKind kind, string value, bool accepted)
    {
        Assert.Equal(accepted, kind.Accepts(value));
    }

    [Fact]
    public void EveryCatalogDefault_IsAValidValueOfItsKind()
    {
        Assert.All(SettingCatalog.All, d => Assert.True(d.Kind.Accepts(d.Default), d.Key));
        Assert.Equal(SettingCatalog.All.Count, SettingCatalog.All.Select(d => d.Key).Distinct().Count());
    }

    [Fact]
    [Trait("Rule", "R6")]
    public void Catalog_HoldsTheDefaultsOfTheDomainBrief()
    {
        Assert.Equal("24", SettingCatalog.Find(SettingCatalog.LicenceTermMonths)!.Default);
        Assert.Equal("90,60,30,7", SettingCatalog.Find(SettingCatalog.LicenceExpiryReminderDays)!.Default);
        Assert.Equal("30", SettingCatalog.Find(SettingCatalog.DisappearanceAcknowledgementMinutes)!.Default);
        Assert.Equal("", SettingCatalog.Find(SettingCatalog.MaximumRecruitmentFeeUsd)!.Default);
    }

    [Fact]
    public void Change_ToAValidValue_IsStored()
    {
        var setting = new Setting(SettingCatalog.Find(SettingCatalog.LicenceTermMonths)!);
        setting.Change("36");
        Assert.Equal("36", setting.Value);
    }

    [Fact]
    public void Change_ToAnInvalidValue_IsRejectedAndKeepsTheOldValue()
    {
        var setting = new Setting(SettingCatalog.Find(SettingCatalog.LicenceTermMonths)!);
        var error = Assert.Throws<DomainException>(() => setting.Change("forever"));
        Assert.Equal(DomainErrorKind.Invalid, error.Kind);
        Assert.Equal("24", setting.Value);
    }
}
