import Pathway

/// What the service keeps about a learner, why, for how long, and who can see it.
struct PrivacyPage {
  /// Whether the service keeps learners' records.
  let keepsRecords: Bool
  /// Minutes a session lasts without use.
  let sessionIdleMinutes: Int
  /// Days a record is kept without use; 0 for ever.
  let retainDays: Int

  var html: HTML {
    Page(title: "What is kept, and who can see it", main: keepsRecords ? kept : nothingKept).html
  }

  private var nothingKept: HTML {
    """
    <h1>What is kept, and who can see it</h1>
    <p class="lede">Nothing. This service keeps no records: your answers travel only in the forms you send, and your plan is made and sent back to you without being saved.</p>
    <p>To keep your plan, download it or print it from the plan page.</p>
    """
  }

  private var retention: String {
    retainDays == 0
      ? "Until you delete it."
      : "Until you delete it, or until it has gone unused for \(retainDays) days."
  }

  private var kept: HTML {
    """
    <h1>What is kept, and who can see it</h1>
    <p class="lede">When you save a plan, this service keeps your record so that you can come back to it and mark your progress.</p>
    <h2>What is kept</h2>
    <ul class="list">
    <li>Your answers: your group, your profession, how you rated yourself, your time and preferences. Each time you reassess, the new answers are kept with the old ones, so that you can see what changed.</li>
    <li>Your progress: the steps you marked as started or done, and when.</li>
    <li>A fingerprint (a hash) of your resume key, never the key itself, so a lost key cannot be recovered.</li>
    <li>While you are signed in, a fingerprint of your browser's session, which ends when you sign out or after \(sessionIdleMinutes) minutes without use.</li>
    </ul>
    <p>Your plan itself is not kept: it is made afresh each time from your answers and progress.</p>
    <h2>Why</h2>
    <p>So that you can come back to your plan, see your progress and what has changed, and download a learning log for revalidation or appraisal.</p>
    <h2>For how long</h2>
    <p>\(retention) Deleting is at once and for good.</p>
    <h2>Who can see it</h2>
    <p>Only someone with your resume key, or signed in on your browser. If you joined an organisation with its join code, its workforce leads see counts over all of its learners, with small numbers hidden, never your record.</p>
    """
  }
}
