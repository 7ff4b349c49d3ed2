<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientTether number:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <source>Loading contacts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsArea</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>&amp;Edit account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete sub-account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account and its sub-accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts could not be read (%1); showing what was read before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account cannot delete itself; choose one of its sub-accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen sub-account with all its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the last change of “%1”: %2 Edit the account to correct it, or discard the change in the Outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionPlanDialog</name>
    <message>
        <source>New action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: starts for new leads of a lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion: moves the contact to a sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention: keeps in touch with clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API has no call for a plan&apos;s steps: they are edited in ClientTether itself and shown here as the server reports them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sales cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Linked to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link (Retention plans have none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already starts for new leads of this lead source; a lead source should start one plan only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionPlansView</name>
    <message>
        <source>Plans whose name starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name starts with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plans and their steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plans could not be read (%1); showing what was read before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan&apos;s name starts with “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the last change of “%1”: %2 Edit the plan to correct it, or discard the change in the Outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3 at %4)

%5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminArea</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPageWidgets</name>
    <message>
        <source>The list could not be read (%1); showing the last one read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministrationView</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarArea</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Previous day or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the week&apos;s events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose calendars to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One column per user instead of all users overlaid in their colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the appointments from the server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientTether reports appointments only for %1 – %2. Other dates (hatched) show the events this console remembers and the changes waiting to be sent; they may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading appointments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the appointments (%1); showing what was read before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the server at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing what was read before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event queued; it is sent in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move queued; it is sent in the background.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallLabels</name>
    <message>
        <source>Create contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add history note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update contact (external id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact (external id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State / province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip / postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallNowDialog</name>
    <message>
        <source>Call %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent hears: &quot;This is ClientTether connecting you to %1.&quot; and then:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact p&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Say:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComboField</name>
    <message>
        <source>%1 (not in the list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeEmailDialog</name>
    <message>
        <source>E&amp;xclude the contact (send only to Cc and Bcc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Email %n contacts</source>
        <translation>
            <numerusform>Email %n contact</numerusform>
            <numerusform>Email %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text; the server appends the opt-out lines. Add your own signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com, other@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not emailed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the contacts can receive it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeTextDialog</name>
    <message>
        <source>Text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Text %n contacts</source>
        <translation>
            <numerusform>Text %n contact</numerusform>
            <numerusform>Text %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact cannot be texted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not texted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left in this one</source>
        <translation>
            <numerusform>%n left in this one</numerusform>
            <numerusform>%n left in this one</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the contacts can be texted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Resolve conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed these fields on the server after you edited them. Choose, for each field, which value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;When you edited&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep mine&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Take the server&apos;s&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this access token or web key. Copy both again from the Settings – API tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts the saved access token or web key. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the access token or web key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached (%1). Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered unexpectedly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account named &quot;%1&quot;; opened %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data of this account could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the access token or web key (HTTP 401). Your queued changes are kept and will be sent after you sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another ClientTether Console window; switch to that window to work in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the account in the console that already has it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another ClientTether Console (process %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another ClientTether Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is already open in %1, which does not answer. Close that console, or wait until it has finished, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console was started again: this window has the account open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactColumns</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City/State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note about this contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pending actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (contact %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not loaded here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact may already exist:

%1

Open the existing contact instead, or create a new one anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need attention; the reasons are shown at each field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; the change is on its way to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved here; waiting in the outbox until the server confirms it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the action plan removes this contact&apos;s pending actions and starts the new plan. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for an existing contact with this email, phone or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact created here; it is sent to the server from the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; the server confirmed the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this contact on the server meanwhile; choose what to keep in the Outbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by the server when the contact is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditorChecks</name>
    <message>
        <source>Required: a contact needs a first and a last name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditorLayout</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEventsTab</name>
    <message>
        <source>The contact&apos;s events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a call, reminder or appointment with this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reports appointments only for the coming seven days; calls, reminders and other dates show what this console scheduled and remembers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPlanActions</name>
    <message>
        <source>Start action &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an action plan for this contact (replaces its pending actions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the contact&apos;s action plan (removes its pending actions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a plan schedules its steps as this contact&apos;s pending actions. Any pending actions the contact has now are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is running “%1”. Starting another plan stops it: its pending actions are removed and replaced by the new plan&apos;s steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact runs no action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop “%1” for this contact? Its pending actions are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the contact&apos;s action plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the action plan for the contact…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsArea</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, phone, email, company or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any contact type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every contact of the account now, so search sees them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to choose columns; drag to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) shown</source>
        <translation>
            <numerusform>%n contact shown</numerusform>
            <numerusform>%n contacts shown</numerusform>
        </translation>
    </message>
    <message>
        <source> — more on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)? You can undo this until it is sent.</source>
        <translation>
            <numerusform>Delete %n contact? You can undo this until it is sent.</numerusform>
            <numerusform>Delete %n contacts? You can undo this until they are sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation>
            <numerusform>Deleted %n contact.</numerusform>
            <numerusform>Deleted %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delete(s) had already been sent and cannot be undone.</source>
        <translation>
            <numerusform>%n delete had already been sent and cannot be undone.</numerusform>
            <numerusform>%n deletes had already been sent and cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the contacts shown (search and filters applied) to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create contacts from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open by id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a contact by its ClientTether id or its external id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) queued for creation.</source>
        <translation>
            <numerusform>%n contact queued for creation.</numerusform>
            <numerusform>%n contacts queued for creation.</numerusform>
        </translation>
    </message>
    <message>
        <source>the contact with external id %1 (not loaded here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (external id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from ClientTether?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete of the contact with external id %1 queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact update(s) queued.</source>
        <translation>
            <numerusform>%n contact update queued.</numerusform>
            <numerusform>%n contact updates queued.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import Contacts from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking rows… %1 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file with one contact per row. The first row must name the columns. Save it from your spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the contact field each column fills, or skip the column. Columns no field matches become custom fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that will not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;refused rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the refused rows with their problems to correct them in a spreadsheet and import them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that look like contacts already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip rows that look like duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import them &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that will not be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that look like contacts already there or earlier in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the contacts to the outbox. They are sent to ClientTether from there, also after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Refused Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the %1: every new contact needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns fill %1; skip one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1. Can be imported: %2. Refused: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look like contacts already there: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 problems are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new contact waiting in the outbox (same %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (same %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 (same %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) added to the outbox; they are sent to ClientTether from there.</source>
        <translation>
            <numerusform>%n contact added to the outbox; it is sent to ClientTether from there.</numerusform>
            <numerusform>%n contacts added to the outbox; they are sent to ClientTether from there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import stopped. %n contact(s) were already added to the outbox and stay there; discard them from the Outbox if you do not want them.</source>
        <translation>
            <numerusform>Import stopped. %n contact was already added to the outbox and stays there; discard it from the Outbox if you do not want it.</numerusform>
            <numerusform>Import stopped. %n contacts were already added to the outbox and stay there; discard them from the Outbox if you do not want them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) were added to the outbox before that.</source>
        <translation>
            <numerusform>%n contact was added to the outbox before that.</numerusform>
            <numerusform>%n contacts were added to the outbox before that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n duplicate skipped.</numerusform>
            <numerusform>%n duplicates skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused.</source>
        <translation>
            <numerusform>%n row refused.</numerusform>
            <numerusform>%n rows refused.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check rows &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n contact(s)</source>
        <translation>
            <numerusform>&amp;Import %n contact</numerusform>
            <numerusform>&amp;Import %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update existing contacts: each row changes the contact with its external id (filled cells only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the %1: it finds the contact each row updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) by external id added to the outbox; they are sent to ClientTether from there.</source>
        <translation>
            <numerusform>%n update by external id added to the outbox; it is sent to ClientTether from there.</numerusform>
            <numerusform>%n updates by external id added to the outbox; they are sent to ClientTether from there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvSaveDialog</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep formulas (values starting with =, +, - or @ are written as they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off, such values get a leading &apos; so that a spreadsheet shows them as text instead of running them: data from web forms can hold a harmful formula.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldsEditor</name>
    <message>
        <source>No custom fields. Any name that is not a standard field can hold up to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field name, e.g. project_type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name cannot be sent to the server, so the field is shown only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the custom field a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a standard contact field; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another custom field is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field holds at most %1 characters; this has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server removes HTML: this is saved as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this custom field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the date empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as &quot;%1&quot;; pick a date or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteAccountDialog</name>
    <message>
        <source>Delete sub-account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “%1” removes the account with all its contacts, users, plans and history from ClientTether, and its web key stops working. This cannot be undone.

Type the account&apos;s name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name, typed to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Schedule event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, phone or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only plans set for manual scheduling can start from an event; their steps are dated from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reports only today and the next six days: outside them this event is shown from what this console remembers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue delete_client_event: the event leaves the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the contact the event is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for “%1” on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact matches “%1”. Type a whole email, phone or name to look it up on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contacts match; pick one from the list.</source>
        <translation>
            <numerusform>%n contact matches; pick it from the list.</numerusform>
            <numerusform>%n contacts match; pick one from the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldWidgets</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(303) 929-1447</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80202 or K1A 0B1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSourcesPage</name>
    <message>
        <source>New lead source name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the name in the list (F2 or double-click does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy web key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the lead source&apos;s web key, for the web forms that post leads to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead source &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web key copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the lead source &quot;%1&quot;? Web forms that post leads with its web key stop working. The server refuses while contacts still use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineField</name>
    <message>
        <source>Sent as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ClientTether Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ClientTether Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ClientTether Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;ClientTether Console %1&lt;/p&gt;&lt;p&gt;A desktop console for the ClientTether CRM (API v2).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to another account of this enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline – changes wait in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Outbox: %n waiting</numerusform>
            <numerusform>Outbox: %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n in conflict</numerusform>
            <numerusform>%n in conflict</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued changes are safe, but new changes cannot be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>&amp;Email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an email to this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a text message to this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring an agent&apos;s phone and connect the agent to this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email selected contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One email to each selected contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text selected contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One text to each selected contact that accepts texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to %1 queued: the agent&apos;s phone rings shortly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagingArea</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyArea</name>
    <message>
        <source>Proposals &amp;&amp; payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s proposals and payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals and payments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenContactDialog</name>
    <message>
        <source>Open contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the contact with this external id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the external id of the contact to delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxArea</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxEntryDialog</name>
    <message>
        <source>Correct: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>&amp;Pause sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep changes here instead of sending them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every waiting change now instead of after its pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change has reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard &quot;%1&quot;? It will never be sent, and cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes listed here are safe, but new changes cannot be recorded and nothing is sent until they can: %1 Sending resumes by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterSchema</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email, text and software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Married</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsChart</name>
    <message>
        <source>Payments over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 (%n payment(s)); period total %4</source>
        <translation>
            <numerusform>%1, %2: %3 (%n payment); period total %4</numerusform>
            <numerusform>%1, %2: %3 (%n payments); period total %4</numerusform>
        </translation>
    </message>
    <message>
        <source>No payments to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments per week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsView</name>
    <message>
        <source>Payments entered since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for the payments entered on or after this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entered since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the range applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the payments from the server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the payments shown to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n payment(s) in the range</source>
        <translation>
            <numerusform>%1 of %n payment in the range</numerusform>
            <numerusform>%1 of %n payments in the range</numerusform>
        </translation>
    </message>
    <message>
        <source>reading from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown from this computer; the server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as read last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) written to %1</source>
        <translation>
            <numerusform>%n payment written to %1</numerusform>
            <numerusform>%n payments written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The payments could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export payments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineArea</name>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <source>Contact type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;all contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every contact of the account, so every card is on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a card to another column to move the contact to that sales cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active sales cycle for this contact type: add one in Sales cycles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All contacts loaded: %n of this type</source>
        <translation>
            <numerusform>All contacts loaded: %n of this type</numerusform>
            <numerusform>All contacts loaded: %n of this type</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 contacts loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) loaded; more may be on the server</source>
        <translation>
            <numerusform>%n contact loaded; more may be on the server</numerusform>
            <numerusform>%n contacts loaded; more may be on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n not in an active sales cycle</source>
        <translation>
            <numerusform> · %n not in an active sales cycle</numerusform>
            <numerusform> · %n not in an active sales cycle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansArea</name>
    <message>
        <source>Action plans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsArea</name>
    <message>
        <source>Choose a contact: &quot;Proposals &amp; payments&quot; on a contact in Contacts, or double-click one of the account&apos;s payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact&apos;s proposals &amp;&amp; payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsView</name>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact has no proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
    <message>
        <source>reading from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown from this computer; the server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>ClientTether Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ctconsole: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientList</name>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %n contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email queued for %n contact(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text queued for %n contact(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>Alabama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alaska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arizona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arkansas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>California</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colorado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecticut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delaware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District of Columbia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Florida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hawaii</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idaho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illinois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iowa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kansas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kentucky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Louisiana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maryland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massachusetts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Michigan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minnesota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mississippi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missouri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nebraska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nevada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Hampshire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Jersey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Mexico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New York</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North Carolina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North Dakota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ohio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oklahoma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oregon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pennsylvania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhode Island</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Carolina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Dakota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tennessee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. Virgin Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermont</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virginia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Washington</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>West Virginia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wisconsin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wyoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alberta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>British Columbia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manitoba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Brunswick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newfoundland and Labrador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northwest Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nova Scotia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nunavut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prince Edward Island</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quebec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saskatchewan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yukon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesCyclesArea</name>
    <message>
        <source>Sales cycles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesCyclesView</name>
    <message>
        <source>Sales cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active path cycles are the columns of the Pipeline, in this order. Inactive path cycles hold contacts taken out of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Estimate Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active path (a Pipeline column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position among the cycles of the same path, lowest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;contacts in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the refused delete out of the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales cycle “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not deleted. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this edit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting: waiting for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved here; waiting for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales cycle “%1” queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the sales cycle “%1”? The server refuses while contacts are in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) loaded here are in it.</source>
        <translation>
            <numerusform>%n contact loaded here is in it.</numerusform>
            <numerusform>%n contacts loaded here are in it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendOutcomeStatus</name>
    <message>
        <source>Correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendTimeChooser</name>
    <message>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send at date and time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to ClientTether</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access token and web key from the Settings – API tab of your ClientTether account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eyJ0eXAiOiJKV1Qi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CT_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a built-in demonstration account on this computer: nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access token from the Settings – API tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access token has no spaces; check that it was copied whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the web key of the account (it starts with CT_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a complete address, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https:// addresses are allowed (plain http only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Desktop console for the ClientTether CRM.

Started plainly it opens the account saved in the system keychain, or asks you to sign in.
Environment: CLIENTTETHER_ACCESS_TOKEN and CLIENTTETHER_WEB_KEY sign in for this run only;
they are never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in demonstration account (a local sandbox; nothing is sent anywhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ClientTether API address (https; plain http only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sub-account with this name (enterprise access tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-url must be an https:// address (plain http only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set both CLIENTTETHER_ACCESS_TOKEN and CLIENTTETHER_WEB_KEY, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the account saved on this computer; without one, open the demonstration account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagField</name>
    <message>
        <source>Add a tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot contain a comma: commas separate a contact&apos;s tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsPage</name>
    <message>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API cannot rename or delete a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load all contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every contact of the account so the counts are exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading contacts… the counts follow when they are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts cover all contacts of the account (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts cover only the contacts loaded so far (%1): the account has more. Load all contacts for exact counts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeGridView</name>
    <message>
        <source>Calendar time grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time slots and events: click an empty slot or press Enter to schedule, arrow keys move between slots, drag an event to move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on server: known only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving: waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(303) 929-1447</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this user&apos;s calendar to others when they schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type is set when a user is created and cannot be changed through the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the user on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &quot;%1&quot;: %2 Edit the user to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the user &quot;%1&quot;? They can no longer sign in; contacts assigned to them become unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::api</name>
    <message>
        <source>The server&apos;s answer was larger than %1 MB (%2 MB arrived before it was stopped); refused, nothing of it was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer holds %1 rows, more than the %2 one answer may hold; refused, nothing of it was used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::api::ApiClient</name>
    <message>
        <source>There is no API call named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send credentials over an insecure connection to %1: HTTPS is required for every host but this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: no access token or web key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send over an insecure connection to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to an insecure address; not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to another host (%1); not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected a change (HTTP %1); not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection could not be established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to an insecure address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected too many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed before the server answered; the change may or may not have been applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a broken HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address uses an unsupported protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::api::Validator</name>
    <message>
        <source>Plain text only: HTML and other formatting are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a record number (digits only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a whole number (digits only, no sign, separators or decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be ten digits with no formatting, for example 3039291447.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a two-letter US state or Canadian province code, for example CO or ON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a US zip (12345, 12345-6789 or 12345-6789-01) or a Canadian postal code (A1A 1A1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a well-formed email address, for example name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be email addresses separated by commas; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a date written YYYY:MM:DD, for example 2026:11:27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a time written HH:MM:SS, for example 14:30:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a date written yyyy-mm-dd, for example 2026-11-27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be an amount such as 1250 or 1250.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is read only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field name starts with a letter and holds only letters, digits and underscores (at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field holds at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Canadian province: a postal code is written A1A 1A1, for example K1A 0B1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a US state: a zip is written 12345, 12345-6789 or 12345-6789-01.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::credentials::CredentialStore</name>
    <message>
        <source>The saved account in the keychain is incomplete; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is available, so your credentials are kept for this session only and you will be asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::AccountEditing</name>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientTether number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return call number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return text number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an email address: write it as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number needs ten digits, e.g. (303) 929-1447.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sub-account to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account cannot delete itself; only its sub-accounts can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::AccountTags</name>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot contain a comma: commas separate a contact&apos;s tags.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::AccountsModel</name>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts are only for a Multi-level or Enterprise web key. This account signed in with a standard (or sub-account) key, so the server does not list accounts for it. Sign in with the enterprise account&apos;s web key to see and manage its sub-accounts.

The server answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::ActionPlanEditing</name>
    <message>
        <source>A plan needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the plan&apos;s type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Retention plan links to no lead source or sales cycle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::ActionPlansModel</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan / step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::AdminListModel</name>
    <message>
        <source>Still used by contacts, so the server kept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already has one with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server meanwhile: see the Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::AppointmentsModel</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (waiting to be sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (moving, waiting to be sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::CalendarMerge</name>
    <message>
        <source>Could not cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::ContactActivityModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::ContactEditing</name>
    <message>
        <source>The delete is already on its way to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delete could not be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delete was already sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the external id of the contact to delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::ContactExport</name>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was closed while the export ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::ContactFinder</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::ContactImport</name>
    <message>
        <source>Import problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: the first line should name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was closed while it was being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox was closed during the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 could not be queued: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::ContactOpener</name>
    <message>
        <source>Enter the external id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the contact id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact has this external id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact has this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact id is a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::ContactRowChecker</name>
    <message>
        <source>The row has more values than the file has columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new contact needs a value here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server would refuse this value (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact to update is found by this value: it cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::ContactsModel</name>
    <message>
        <source>the count does not agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s list of contacts does not add up (%1 of %2 contacts read; %3), so no contact was removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::CsvReader</name>
    <message>
        <source>The file is not UTF-8 text (it ends in the middle of a character).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted value that starts on line %1 is never closed (a &quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: text follows a closing quote; a quote inside a quoted value must be doubled (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::CsvWriter</name>
    <message>
        <source>Could not write to the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::DecimalAmount</name>
    <message>
        <source>not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large to add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::DuplicateCheck</name>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be asked for duplicates (%1); only the contacts held here were checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::EventScheduling</name>
    <message>
        <source>Choose the contact the event is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Call, Contact Reminder or Appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whose calendar the event goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientTether needs a note for every event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment needs an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment needs an end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event changed meanwhile; look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is being sent to the server; change it again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is being sent to the server; cancel it again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move event (1 of 2: free the old time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move event (2 of 2: book the new time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::LeadSourcesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead source needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That lead source is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(generated by the server)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::ListAnswerCheck</name>
    <message numerus="yes">
        <source>%n row(s) without a %1 skipped</source>
        <translation>
            <numerusform>%n row without a %1 skipped</numerusform>
            <numerusform>%n rows without a %1 skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) listed twice skipped</source>
        <translation>
            <numerusform>%n row listed twice skipped</numerusform>
            <numerusform>%n rows listed twice skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server counts %1 but sent %n row(s)</source>
        <translation>
            <numerusform>the server counts %1 but sent %n row</numerusform>
            <numerusform>the server counts %1 but sent %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s list does not add up (%1), so nothing was removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::MessageSending</name>
    <message>
        <source>Choose a time in the future, or send now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the contact excluded nobody would receive it: add a Cc or Bcc address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the agent&apos;s phone: it rings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name announced to the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the contact&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the call says after the introduction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has no email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not accept texts (SMS OK is off on the contact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has no phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email to %1 accepted by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to %1 accepted by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to %1 placed: the agent&apos;s phone rings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email to %1 not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to %1 not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to %1 is on hold: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::OutboxEditing</name>
    <message>
        <source>The correction could not be written to the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::OutboxModel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new (not yet created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server since you edited it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::PaymentTotalsModel</name>
    <message>
        <source>All payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount not readable (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::PaymentsModel</name>
    <message>
        <source>no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not an amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::PipelineModel</name>
    <message numerus="yes">
        <source>%n contact(s) in %1</source>
        <translation>
            <numerusform>%n contact in %1</numerusform>
            <numerusform>%n contacts in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That contact is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed on the server meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::ProposalsModel</name>
    <message>
        <source>%1 (not an amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Painting procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreman notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended products (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::RecordSyncTracker</name>
    <message>
        <source>The server no longer has this record (CT515).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: it is still in use (CT512).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already has one with this name (CT520).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: an account cannot delete itself, only its sub-accounts (CT400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (CT400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server since you edited it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::SalesCycleEditing</name>
    <message>
        <source>A sales cycle needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a sales cycle named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sales cycle is being deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refused edit could not be corrected; see the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to take back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed edit could not be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts are still in this sales cycle, so the server keeps it. Move them to another sales cycle first, then delete it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already has a sales cycle with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer has this sales cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept this value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::SalesCyclesModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting: waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::TagCountsModel</name>
    <message>
        <source>The server already has the tag &quot;%1&quot; (perhaps spelled differently), so nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot contain a comma: commas separate a contact&apos;s tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account already has this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::UsersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can only be set when the user is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new user needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a well-formed email address, for example name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a ten-digit phone number, for example (303) 929-1447.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A username has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another user of this account already has this username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user is already being created; wait for the server&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer, so it is not known whether the user was created. Refresh the list when the connection is back before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer and has no such user: nothing was created. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That user is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This username is taken: usernames are unique across every ClientTether account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::store::AccountDatabase</name>
    <message>
        <source>No account given for the local database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the local database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the local database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the local database %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::store::AccountLock</name>
    <message>
        <source>This account is already open in another ClientTether Console window on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console may not write in the folder %1, so it cannot make sure that this account is open only once. Check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console could not write in the folder %1 (is the disk full?), so it cannot make sure that this account is open only once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::store::Outbox</name>
    <message>
        <source>%1 is not an edit the outbox can queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a secret and is never written to the outbox on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is never written to the outbox on disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::store::OutboxReplayer</name>
    <message>
        <source>interrupted while sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may already have happened: the answer was lost (%1). It is not sent again by itself; choose Retry only if it did not happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server made the new record but did not say its id, so this change cannot be sent to it. Refresh the list, open the record and make the change there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::store::SchemaMigrations</name>
    <message>
        <source>Cannot read the database version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database was written by a newer version (schema %1, this version knows %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the local database to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::store::StoreWriteProblem</name>
    <message>
        <source>The disk that holds the console&apos;s data is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console&apos;s data folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is holding the console&apos;s data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds the console&apos;s data refused to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console&apos;s data file refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the folder writable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the other program, or wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the disk, or restart the computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
