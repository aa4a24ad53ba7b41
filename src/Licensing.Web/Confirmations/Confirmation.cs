using Licensing.Application.Common;

namespace Licensing.Web.Confirmations;

/// <summary>The destructive or final actions a person confirms on a second step before they happen.</summary>
public enum Confirmation
{
    WithdrawComplaint,
    WithdrawApplication,
    RemoveSite,
    SuspendLicence,
    RevokeLicence,
    RejectApplication,
    RejectJobOrder,
    CloseCase,
    CloseInspection,
    RemoveHoliday,
}

/// <summary>What the second step asks, what it warns will happen, and the words on the button that does it.</summary>
public sealed record ConfirmationText(string Question, string Consequence, string Yes)
{
    public static ConfirmationText Of(Confirmation confirmation) => confirmation switch
    {
        Confirmation.WithdrawComplaint => new(
            Text.Pick("Withdraw your complaint?", "ដកពាក្យបណ្តឹងរបស់អ្នកវិញឬ?"),
            Text.Pick("The complaint will be closed and no officer will act on it any more.", "ពាក្យបណ្តឹងនឹងត្រូវបិទ ហើយគ្មានមន្ត្រីណាដោះស្រាយវាទៀតទេ។"),
            Text.Pick("Yes, withdraw my complaint", "បាទ/ចាស ដកពាក្យបណ្តឹងរបស់ខ្ញុំវិញ")),
        Confirmation.WithdrawApplication => new(
            Text.Pick("Withdraw this application?", "ដកពាក្យស្នើសុំនេះវិញឬ?"),
            Text.Pick("The ministry will stop reviewing it; to go on you must apply again.", "ក្រសួងនឹងឈប់ពិនិត្យវា។ ដើម្បីបន្ត អ្នកត្រូវដាក់ពាក្យម្តងទៀត។"),
            Text.Pick("Yes, withdraw it", "បាទ/ចាស ដកវិញ")),
        Confirmation.RemoveSite => new(
            Text.Pick("Remove this site?", "ដកទីតាំងនេះចេញឬ?"),
            Text.Pick("It will no longer be listed as a branch or training centre of your agency.", "វានឹងលែងត្រូវបានចុះជាសាខា ឬមជ្ឈមណ្ឌលបណ្តុះបណ្តាលរបស់ភ្នាក់ងាររបស់អ្នកទៀតហើយ។"),
            Text.Pick("Yes, remove it", "បាទ/ចាស ដកចេញ")),
        Confirmation.SuspendLicence => new(
            Text.Pick("Suspend this licence?", "ព្យួរអាជ្ញាប័ណ្ណនេះឬ?"),
            Text.Pick("The agency may not recruit while it is suspended, and the public register shows it as suspended.", "ភ្នាក់ងារមិនអាចជ្រើសរើសពលករបានទេ ពេលអាជ្ញាប័ណ្ណត្រូវបានព្យួរ ហើយបញ្ជីសាធារណៈបង្ហាញថាវាត្រូវបានព្យួរ។"),
            Text.Pick("Yes, suspend it", "បាទ/ចាស ព្យួរ")),
        Confirmation.RevokeLicence => new(
            Text.Pick("Revoke this licence?", "ដកហូតអាជ្ញាប័ណ្ណនេះឬ?"),
            Text.Pick("This is final: a revoked licence cannot be reinstated.", "នេះជាការសម្រេចចុងក្រោយ៖ អាជ្ញាប័ណ្ណដែលត្រូវបានដកហូតមិនអាចស្តារឡើងវិញបានទេ។"),
            Text.Pick("Yes, revoke it", "បាទ/ចាស ដកហូត")),
        Confirmation.RejectApplication => new(
            Text.Pick("Reject this application?", "បដិសេធពាក្យស្នើសុំនេះឬ?"),
            Text.Pick("This is final: the agency is told your reason and must apply again.", "នេះជាការសម្រេចចុងក្រោយ៖ ភ្នាក់ងារនឹងទទួលបានមូលហេតុរបស់អ្នក ហើយត្រូវដាក់ពាក្យម្តងទៀត។"),
            Text.Pick("Yes, reject it", "បាទ/ចាស បដិសេធ")),
        Confirmation.RejectJobOrder => new(
            Text.Pick("Reject this job order?", "បដិសេធសំណើជ្រើសរើសពលករនេះឬ?"),
            Text.Pick("The agency may not recruit workers for it.", "ភ្នាក់ងារមិនអាចជ្រើសរើសពលករសម្រាប់សំណើនេះបានទេ។"),
            Text.Pick("Yes, reject it", "បាទ/ចាស បដិសេធ")),
        Confirmation.CloseCase => new(
            Text.Pick("Close this case?", "បិទករណីនេះឬ?"),
            Text.Pick("The case is closed with the outcome you chose, and every party sees it.", "ករណីនឹងត្រូវបិទជាមួយលទ្ធផលដែលអ្នកបានជ្រើសរើស ហើយភាគីទាំងអស់នឹងឃើញវា។"),
            Text.Pick("Yes, close the case", "បាទ/ចាស បិទករណី")),
        Confirmation.CloseInspection => new(
            Text.Pick("Close this inspection?", "បិទអធិការកិច្ចនេះឬ?"),
            Text.Pick("No more findings or evidence can be added to it.", "មិនអាចបន្ថែមការរកឃើញ ឬភស្តុតាងទៅក្នុងវាទៀតបានទេ។"),
            Text.Pick("Yes, close the inspection", "បាទ/ចាស បិទអធិការកិច្ច")),
        Confirmation.RemoveHoliday => new(
            Text.Pick("Remove this public holiday?", "ដកថ្ងៃឈប់សម្រាកសាធារណៈនេះចេញឬ?"),
            Text.Pick("Deadlines will count the day as a working day.", "ការគណនាថ្ងៃផុតកំណត់នឹងរាប់ថ្ងៃនេះជាថ្ងៃធ្វើការ។"),
            Text.Pick("Yes, remove it", "បាទ/ចាស ដកចេញ")),
        _ => throw new ArgumentOutOfRangeException(nameof(confirmation), confirmation, null),
    };
}
