using Kechuang.Common;

namespace Kechuang.Notices;

/// <summary>The checks on a notice's fields, every problem at once in Chinese (docs/domain.md §7.11).</summary>
public static class NoticeRules
{
    public const int MaxTitle = 200;
    public const int MaxBody = 20_000;
    public const int MaxReply = 4000;
    public const int MaxList = 2000;

    public static void Check(NoticeRequest request, DateOnly today, Validation v)
    {
        v.Text(request.Title, "title", "标题", MaxTitle);
        v.Text(request.Body, "body", "正文", MaxBody);
        var audience = Validation.Blank(request.Audience) ?? NoticeAudience.All;
        v.Require(NoticeAudience.Kinds.Contains(audience), "audience", $"发送范围应为{string.Join("、", NoticeAudience.Kinds)}之一");
        if (audience == NoticeAudience.Title)
        {
            v.Require(request.AudienceTitle is not null && NoticeAudience.Titles.Contains(request.AudienceTitle), "audienceTitle",
                $"请选择资质：{string.Join("或", NoticeAudience.Titles)}");
        }
        if (audience == NoticeAudience.List)
        {
            var count = request.EnterpriseIds?.Count ?? 0;
            v.Require(count > 0, "enterpriseIds", "请选择要通知的企业");
            v.Require(count <= MaxList, "enterpriseIds", $"指定企业最多 {MaxList} 家");
        }
        if (request.Deadline is { } deadline)
        {
            v.Require(deadline >= today, "deadline", "回复截止日期不能早于今天");
        }
    }
}
