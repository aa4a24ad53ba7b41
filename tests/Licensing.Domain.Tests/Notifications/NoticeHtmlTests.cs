using Licensing.Application.Common;

namespace Licensing.Domain.Tests.Notifications;

/// <summary>A notice's text as HTML: line breaks kept, the site's paths and web addresses links, nothing else markup.</summary>
public sealed class NoticeHtmlTests
{
    [Fact]
    public void LineBreaksStay_AndTheSitesPathsBecomeLinks_WithoutTheSentencesFullStop()
    {
        var html = NoticeHtml.From("Case PP-1 closed.\n\nCase page: /disappearances/0199-ab.", "https://licensing.example/");

        Assert.Equal("Case PP-1 closed.<br>\n<br>\nCase page: <a href=\"https://licensing.example/disappearances/0199-ab\">/disappearances/0199-ab</a>.", html);
    }

    [Fact]
    public void AKhmerSentencesPath_AndAWebAddress_AreLinks_AndMarkupIsEncoded()
    {
        var html = NoticeHtml.From("សូមបើក /complaints/track ជាមួយលេខកូដ។ <b>Reset</b>: https://x.example/account/reset?email=a%40b&token=1");

        Assert.Contains("សូមបើក <a href=\"/complaints/track\">/complaints/track</a> ជាមួយ", html);
        Assert.Contains("&lt;b&gt;Reset&lt;/b&gt;", html);
        Assert.Contains("<a href=\"https://x.example/account/reset?email=a%40b&amp;token=1\">", html);
    }

    [Fact]
    public void ASlashInsideAWord_IsNotALink()
    {
        Assert.Equal("Police / NCCT and 1/2", NoticeHtml.From("Police / NCCT and 1/2"));
    }
}
