"""Words for the demo data: fictional people and realistic, clearly invented audit
narratives, written the way the hints and tips ask (evidence, then impact on the child).
No real person, child or case is described."""

from __future__ import annotations

# Service areas and their teams, in the order the council lists them.
SERVICE_AREAS: dict[str, tuple[str, ...]] = {
    "Help and Protection": (
        "Assessment Team 1",
        "Assessment Team 2",
        "Child Protection Team 1",
        "Child Protection Team 2",
        "Children in Need Team",
    ),
    "Early Help and Prevention": (
        "Early Help Locality North",
        "Early Help Locality South",
        "Children's Centres (East)",
    ),
    "Looked After Children": (
        "Route 21",
        "Children's Disability Team",
        "Fostering",
        "Adoption",
        "Permanence Team",
    ),
    "Quality and Performance": ("Safeguarding and Quality Assurance",),
    "Youth Offending Services": ("Youth Offending Team",),
}

# (name, login) of fictional managers from many backgrounds.
MANAGERS: tuple[tuple[str, str], ...] = (
    ("Jo Bloggs", "jbloggs"),
    ("Amara Okafor", "aokafor"),
    ("Priya Sharma", "psharma"),
    ("Tomasz Nowak", "tnowak"),
    ("Agnieszka Wiśniewska", "awisniewska"),
    ("Rhiannon Llewelyn", "rllewelyn"),
    ("Dafydd ap Gruffydd", "dapgruffydd"),
    ("Siân Pryce", "spryce"),
    ("مريم الحسن", "malhassan"),
    ("יעל כהן", "ycohen"),
    ("Yusuf Demir", "ydemir"),
    ("Wei Chen", "wchen"),
    ("Kwame Mensah", "kmensah"),
    ("Aoife Byrne", "abyrne"),
    ("Fatima Begum", "fbegum"),
    ("Hamza Khan", "hkhan"),
    ("Olumide Adeyemi", "oadeyemi"),
    ("Siobhan Murphy", "smurphy"),
    ("Grzegorz Zieliński", "gzielinski"),
    ("Ewa Kamińska", "ekaminska"),
    ("Gareth Hughes", "ghughes"),
    ("Bethan Morgan", "bmorgan"),
    ("Nia Evans", "nevans"),
    ("Harjit Kaur", "hkaur"),
    ("Sandeep Gill", "sgill"),
    ("Lucy Turner", "lturner"),
    ("Mark Davies", "mdavies"),
    ("Sarah Whitfield", "swhitfield"),
    ("David Ashworth", "dashworth"),
    ("Claire Roberts", "croberts"),
    ("Emma Walsh", "ewalsh"),
    ("Imran Hussain", "ihussain"),
    ("Nadia Rahman", "nrahman"),
    ("Zainab Ali", "zali"),
    ("Leah Goldberg", "lgoldberg"),
    ("Oksana Kovalenko", "okovalenko"),
    ("Ioana Popescu", "ipopescu"),
    ("Thandiwe Ndlovu", "tndlovu"),
    ("Samuel Osei", "sosei"),
    ("Helen Carter", "hcarter"),
    ("Andrew Patel", "apatel"),
    ("Grace Achieng", "gachieng"),
    ("Michael O'Connor", "moconnor"),
    ("Catrin Rowlands", "crowlands"),
    ("Ffion Jenkins", "fjenkins"),
    ("Bartosz Lewandowski", "blewandowski"),
)

# Fictional social workers who hold the cases.
CASE_HOLDERS: tuple[str, ...] = (
    "Sam Okafor",
    "Hannah Price",
    "Kieran Doyle",
    "Anita Kowalska",
    "Rhys Bowen",
    "Shabnam Akhtar",
    "Chloe Bennett",
    "Marcus Reid",
    "Elin Griffiths",
    "Tariq Mahmood",
    "Joanna Dąbrowska",
    "Ruth Adebayo",
    "Liam Fletcher",
    "Megan Parry",
    "Nasra Farah",
    "Owain Thomas",
    "Katie Lomas",
    "Dominika Szymańska",
    "Ben Whitaker",
    "Aisha Bello",
    "Gemma Holt",
    "Jamal Idris",
    "Laura McBride",
    "Peter Nyamande",
)

# Per practice area: (evidence when good, evidence when not yet good,
# impact when good, impact when not yet good). Each a few interchangeable sentences.
NARRATIVES: dict[str, tuple[tuple[str, ...], ...]] = {
    "risk": (
        (
            "Risks from the father's drinking were identified at the first visit and a safety plan agreed within a week.",
            "The strategy discussion was held the same day as the referral and the actions are recorded with dates.",
            "Domestic abuse risk was re-assessed after the new police notification and the plan changed accordingly.",
        ),
        (
            "Two police notifications in March were not followed up and there is no record of the risk being reconsidered.",
            "The assessment names neglect as a concern but there is no plan to reduce it and home conditions were not checked.",
            "Concerns about exploitation were raised by school but no return home interview took place.",
        ),
        (
            "The child is no longer exposed to violence at home and tells her worker she feels safe.",
            "School report the child arrives clean, fed and on time since the plan started.",
        ),
        (
            "The child remains exposed to the same risks as six months ago and has had two further missing episodes.",
            "It is not clear that the child is any safer than at the point of referral.",
        ),
    ),
    "involvement": (
        (
            "The child was seen alone on each visit and his wishes are recorded in his own words.",
            "Father's views were sought and recorded, and he attended the core group meetings.",
            "Direct work using the three houses tool is on file and shaped the plan.",
        ),
        (
            "There is no record of the child being seen alone in the last four months.",
            "The father has not been contacted although he has regular contact with the child.",
            "The child's views are summarised by the mother only.",
        ),
        (
            "The child says the social worker listens to her and she chose where contact takes place.",
            "The family understand the plan and the mother says she feels treated fairly.",
        ),
        (
            "The child's voice is missing, so the plan does not reflect what matters to him.",
            "The family are unclear why services are involved, which has made engagement harder.",
        ),
    ),
    "decision_making": (
        (
            "Management oversight is recorded monthly with a clear rationale for each decision.",
            "Supervision notes set actions with timescales and these were followed through.",
            "Case recording is up to date and reflective, focused on the child's progress.",
        ),
        (
            "There is no management oversight recorded since the case was allocated in January.",
            "The decision to step down was made without a recorded rationale.",
            "Case notes are several weeks behind and describe tasks rather than the child's experience.",
        ),
        (
            "Timely decisions meant the child moved to a safe placement without drift.",
            "Clear direction from the manager avoided delay in starting the assessment.",
        ),
        (
            "Drift in decision making has left the child waiting for a plan.",
            "Without a clear rationale it is hard to see how the child benefited from the decisions made.",
        ),
    ),
    "assessments": (
        (
            "The single assessment is analytical, uses an up-to-date chronology and weighs parental capacity.",
            "Historical concerns were included and the analysis explains why risk has reduced.",
            "The assessment was completed within timescales and led to focused help.",
        ),
        (
            "The assessment is descriptive, with little analysis of risk and protective factors.",
            "There is no chronology on file, so earlier concerns were not considered.",
            "The assessment is out of date and does not reflect the new partner in the household.",
        ),
        (
            "Because needs were understood, the child received the right help quickly.",
            "The assessment gave the family a clear picture of what needed to change.",
        ),
        (
            "The help offered does not match the child's needs because they were not properly assessed.",
            "Gaps in the assessment mean risks may have been missed.",
        ),
    ),
    "coordination": (
        (
            "School, health visitor and police share information at well-attended core groups.",
            "Joint working with the substance misuse service is evident and minuted.",
            "Partners' actions are tracked and completed between meetings.",
        ),
        (
            "Health were not invited to the strategy discussion.",
            "Core groups have been cancelled twice and partners' actions are not followed up.",
            "There is no evidence that school's concerns were shared with the team.",
        ),
        (
            "Agencies working together have kept the child in school and engaged with CAMHS.",
            "The family deal with one plan rather than several, which they say helps.",
        ),
        (
            "Poor coordination has meant the child has had to repeat his story to several professionals.",
            "Help has been fragmented and the child's attendance has fallen.",
        ),
    ),
    "diversity": (
        (
            "The family's faith and language were considered and an interpreter used for every visit.",
            "The child's identity and heritage are explored in the life story work.",
            "The assessment considers the impact of the child's disability on his communication.",
        ),
        (
            "The assessment does not mention the family's culture, faith or first language.",
            "No interpreter was used although the mother's first language is not English.",
            "The child's identity needs are not considered in the placement plan.",
        ),
        (
            "The child's heritage is respected and she is supported to keep links with her community.",
            "Communication aids mean the child can take part in his reviews.",
        ),
        (
            "The child's identity needs are not being met, and he has said he feels different at his placement.",
            "The mother may not have understood the plan she signed.",
        ),
    ),
    "plans": (
        (
            "The plan is up to date, specific and has measurable outcomes with named people and dates.",
            "The plan was reviewed at each core group and updated as things changed.",
            "The plan reflects the child's and parents' views and is written so the family can follow it.",
        ),
        (
            "The plan lists services rather than outcomes and has not been updated since the conference.",
            "Actions have no timescales and several are carried over from the previous plan.",
            "There is no plan on file for the current period.",
        ),
        (
            "Because the plan is clear, the family know what is expected and progress can be seen.",
            "The child's routines are more settled as the plan's actions are completed.",
        ),
        (
            "Without a clear plan, the child's situation has drifted.",
            "The family do not know what needs to change, so little has.",
        ),
    ),
    "permanence": (
        (
            "Permanence planning started at the second review and the plan is tracked at the permanence panel.",
            "The special guardianship assessment was completed without delay.",
            "Preparation for the placement included introductions planned around the child.",
        ),
        (
            "There is no permanence plan at the fourth review.",
            "Parallel planning has not started although reunification is unlikely.",
            "The child has waited eight months for a decision about long-term care.",
        ),
        (
            "The child knows where he will grow up and has settled well.",
            "The child has the security of a permanent home without delay.",
        ),
        (
            "Delay in permanence leaves the child uncertain about his future.",
            "The child has experienced drift while decisions were postponed.",
        ),
    ),
    "reviews": (
        (
            "Reviews are on time, the child attends and the IRO challenges drift robustly.",
            "The CP chair's footnote on the plan was acted upon within a week.",
            "The IRO met the child before each review and recorded her views.",
        ),
        (
            "The last review was out of timescale and the IRO's concerns were not answered.",
            "Reviews repeat the same actions without challenge.",
            "The child has not been consulted before the reviews.",
        ),
        (
            "Robust reviewing keeps the plan moving and the child feels heard.",
            "Challenge from the IRO led to the child's education plan being put in place.",
        ),
        (
            "Reviews have not led to change, so the child's progress has stalled.",
            "The child does not see the point of reviews and has stopped attending.",
        ),
    ),
    "placement": (
        (
            "The child is well matched with carers who meet her cultural and health needs.",
            "Contact with siblings is maintained and well supported.",
            "The placement has had extra support at times of pressure and remains stable.",
        ),
        (
            "There is no matching record and the placement was made in an emergency without review.",
            "Contact with the child's grandmother has stopped without explanation.",
            "The carers have asked for support that has not been provided.",
        ),
        (
            "The child is settled, attending school and has made friends locally.",
            "Stability means the child has been able to form a trusting relationship with his carers.",
        ),
        (
            "The child has had three moves this year and his schooling has been disrupted.",
            "The placement is fragile and the child says he does not feel at home.",
        ),
    ),
    "independence": (
        (
            "The pathway plan covers budgeting, cooking and tenancy skills with a named worker.",
            "The young person is in safe supported accommodation that she chose.",
            "Preparation for independence started at sixteen and is reviewed regularly.",
        ),
        (
            "There is no pathway plan although the young person is seventeen.",
            "The young person is in unsuitable accommodation and no move is planned.",
            "Independence skills have not been assessed.",
        ),
        (
            "The young person manages his tenancy and is in training.",
            "She feels confident about moving on and knows who to call for help.",
        ),
        (
            "The young person is at risk of homelessness as she approaches eighteen.",
            "Lack of preparation means the young person is anxious about leaving care.",
        ),
    ),
    "outcomes": (
        (
            "School attendance has risen from 70% to 96% and health appointments are up to date.",
            "The child has joined a football club and has a wider network of trusted adults.",
            "Emotional well-being scores have improved since the therapeutic work began.",
        ),
        (
            "Attendance remains low and the child has missed two health assessments.",
            "There is no evidence that the help provided has changed the child's daily life.",
            "The child's emotional health has not been assessed despite concerns from school.",
        ),
        (
            "The child is happier, safer and achieving at school.",
            "The help has made a lasting difference that the child and family can describe.",
        ),
        (
            "Outcomes for the child have not improved over the period audited.",
            "The child continues to fall behind at school and is isolated from friends.",
        ),
    ),
}

EXCEEDS_NOTE = (
    "Practice here goes beyond what is expected and is shared as an example for the team.",
    "This is exemplary work that others could learn from.",
)

ACTIONS: dict[str, tuple[str, ...]] = {
    "risk": ("Hold a strategy discussion to review the current risks",),
    "involvement": ("See the child alone and record his wishes and feelings",),
    "decision_making": ("Record management oversight and the rationale for the plan",),
    "assessments": ("Update the chronology and refresh the assessment",),
    "coordination": ("Invite health and school to the next core group",),
    "diversity": ("Book an interpreter for all visits and the next review",),
    "plans": ("Rewrite the plan with specific, measurable outcomes and dates",),
    "permanence": ("Present the case to the permanence panel",),
    "reviews": ("Arrange the overdue review with the IRO",),
    "placement": ("Arrange a support meeting with the carers",),
    "independence": ("Complete the pathway plan with the young person",),
    "outcomes": ("Request a personal education plan meeting with the school",),
}
