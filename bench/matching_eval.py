"""The project's evaluation set for claim matching: fictional stories covered by fictional outlets.

Written by the project (every name, place, figure and outlet is invented). Each story is told by
several outlets: the scoop, a wire rewrite that relays it ("..., the Ledger reported, citing..."),
paraphrases with figures in words ("roughly seven hundred"), and distractors: the same names with
different facts, denials, different numbers, a different town or company.

Every sentence carries a label: sentences with the same label in different articles state the
same fact (a gold pair); a label used once is a claim that matches nothing. `day` orders the
articles in time (the first appearance of a fact is its earliest article).
"""

from __future__ import annotations

# (label, sentence). Labels: "<story>.<fact>"; distractors are "<story>.x<n>" (unique).
STORIES: list[dict] = [
    {
        "story": "beds",
        "articles": [
            {"outlet": "The Harbor Ledger", "day": 0, "sentences": [
                ("beds.cut", "Harbor City will close about 700 beds at its public hospitals by June, Mayor Elena Ruiz told The Harbor Ledger on Monday."),
                ("beds.nurses", "The cuts would affect roughly 1,200 nurses and orderlies, according to a memo seen by the Ledger."),
                ("beds.mercy", "Mercy General Hospital would lose its entire maternity ward under the plan."),
                ("beds.vote", "The city council is expected to vote on the plan on March 14."),
            ]},
            {"outlet": "Metro Wire", "day": 1, "sentences": [
                ("beds.cut", "Harbor City plans to cut roughly seven hundred hospital beds by June, The Harbor Ledger reported, citing Mayor Elena Ruiz."),
                ("beds.nurses", "About 1,200 nurses and orderlies would be affected, the Ledger said, citing an internal memo."),
                ("beds.vote", "The council will vote on the proposal on March 14, officials said."),
                ("beds.x1", "Ruiz also said the city would open a new clinic in Westside by June."),
            ]},
            {"outlet": "Coastline Post", "day": 2, "sentences": [
                ("beds.cut", "Mayor Elena Ruiz wants to shut 700 beds in the city's public hospitals before June."),
                ("beds.mercy", "Under the plan, Mercy General would lose its maternity ward, the Post has learned."),
                ("beds.x2", "Harbor City will close about 500 beds at its public hospitals by June, a council aide said."),
                ("beds.x3", "Port Lewis will close about 700 beds at its public hospitals by June, its health director said."),
            ]},
            {"outlet": "Valley Courier", "day": 3, "sentences": [
                ("beds.x4", "Mayor Elena Ruiz denied on Thursday that Harbor City would close any hospital beds this year."),
                ("beds.x5", "Ruiz said nurses at Mercy General would receive a 4 percent raise in July."),
                ("beds.vote", "A council vote on the hospital plan is scheduled for March 14."),
            ]},
        ],
    },
    {
        "story": "recall",
        "articles": [
            {"outlet": "North Star Tribune", "day": 0, "sentences": [
                ("recall.count", "Brightline Motors is recalling 48,000 electric vans because their rear brakes can fail in cold weather, the company said."),
                ("recall.crashes", "The defect has been linked to at least three crashes in Minnesota, according to safety regulators."),
                ("recall.fix", "Dealers will replace the brake controller free of charge starting next month."),
                ("recall.stock", "Brightline shares fell 6 percent in early trading."),
            ]},
            {"outlet": "Metro Wire", "day": 0.3, "sentences": [
                ("recall.count", "Brightline Motors said it would recall about forty-eight thousand electric vans over rear brakes that may fail in the cold."),
                ("recall.crashes", "Regulators have tied the fault to three or more crashes in Minnesota."),
                ("recall.stock", "Shares of Brightline dropped 6 percent."),
                ("recall.x1", "Brightline Motors is recalling 12,000 pickup trucks because of a faulty airbag sensor."),
            ]},
            {"outlet": "Eastport Daily", "day": 1, "sentences": [
                ("recall.count", "Some 48,000 Brightline electric vans are being recalled because of rear brakes that can fail in freezing temperatures."),
                ("recall.fix", "Dealers are to replace the brake controller at no cost from next month, the carmaker said."),
                ("recall.x2", "Brightline shares rose 6 percent in early trading after the company beat profit forecasts."),
                ("recall.x3", "Corvan Motors is recalling 48,000 electric vans because their rear brakes can fail in cold weather."),
            ]},
            {"outlet": "The Ridge Gazette", "day": 2, "sentences": [
                ("recall.x4", "Brightline Motors denied that its electric vans have a brake defect."),
                ("recall.x5", "The defect has not been linked to any crashes, a Brightline engineer said."),
                ("recall.crashes", "At least three Minnesota crashes have been blamed on the brake fault, regulators said."),
            ]},
        ],
    },
    {
        "story": "school",
        "articles": [
            {"outlet": "Valley Courier", "day": 0, "sentences": [
                ("school.close", "The Dunmore school board voted 5-2 on Tuesday to close Pine Street Elementary at the end of the school year."),
                ("school.pupils", "The school's 310 pupils will be moved to Oakview Elementary, two miles away."),
                ("school.deficit", "The district faces a budget deficit of $3.2 million, Superintendent Maria Okafor said."),
                ("school.parents", "More than 200 parents signed a petition against the closure."),
            ]},
            {"outlet": "Coastline Post", "day": 1, "sentences": [
                ("school.close", "Pine Street Elementary will close at the end of the school year after the Dunmore school board voted 5-2 to shut it, the Valley Courier reported."),
                ("school.pupils", "Its 310 students are to be transferred to Oakview Elementary."),
                ("school.deficit", "Okafor cited a $3.2 million shortfall in the district's budget."),
                ("school.x1", "The Dunmore school board voted 5-2 on Tuesday to hire 12 new teachers at Pine Street Elementary."),
            ]},
            {"outlet": "North Star Tribune", "day": 2, "sentences": [
                ("school.parents", "A petition opposing the closing was signed by over 200 parents."),
                ("school.x2", "The district faces a budget deficit of $4.1 million, a board member said."),
                ("school.x3", "The Ashford school board voted 5-2 on Tuesday to close Maple Road Elementary at the end of the school year."),
                ("school.x4", "Superintendent Maria Okafor said no other schools would close this year."),
            ]},
        ],
    },
    {
        "story": "merger",
        "articles": [
            {"outlet": "Eastport Daily", "day": 0, "sentences": [
                ("merger.deal", "Kestrel Foods has agreed to buy rival snack maker Orla Brands for $2.4 billion, people familiar with the matter told the Eastport Daily."),
                ("merger.jobs", "The combined company would cut about 900 jobs, mostly in administration, the people said."),
                ("merger.close", "The deal is expected to close in the third quarter, pending approval by competition regulators."),
                ("merger.ceo", "Orla's chief executive, Tomas Lindqvist, would step down after the merger."),
            ]},
            {"outlet": "Metro Wire", "day": 0.5, "sentences": [
                ("merger.deal", "Kestrel Foods will acquire Orla Brands for 2.4 billion dollars, the Eastport Daily reported, citing people familiar with the matter."),
                ("merger.jobs", "Around nine hundred jobs would be eliminated in the combined company, the newspaper said."),
                ("merger.x1", "Kestrel Foods said it had no plans to buy any rival this year."),
                ("merger.x2", "Kestrel Foods has agreed to buy Orla Brands for $1.9 billion, a person close to the talks said."),
            ]},
            {"outlet": "The Harbor Ledger", "day": 1, "sentences": [
                ("merger.ceo", "Tomas Lindqvist, who runs Orla, will leave once the merger is complete, according to two people briefed on the deal."),
                ("merger.close", "Completion is expected in the third quarter if competition regulators approve."),
                ("merger.x3", "Marlow Snacks has agreed to buy Orla Brands for $2.4 billion, according to a filing."),
                ("merger.x4", "Orla Brands reported a 12 percent rise in quarterly sales."),
            ]},
        ],
    },
    {
        "story": "bridge",
        "articles": [
            {"outlet": "The Ridge Gazette", "day": 0, "sentences": [
                ("bridge.closed", "The Calder River Bridge will be closed to all traffic for 18 months starting in April, the state transportation department said."),
                ("bridge.cost", "Repairs are estimated to cost $86 million, according to a department filing."),
                ("bridge.cars", "About 42,000 vehicles cross the bridge every day."),
                ("bridge.detour", "Drivers will be detoured through Millbrook, adding roughly 25 minutes to the trip."),
            ]},
            {"outlet": "North Star Tribune", "day": 1, "sentences": [
                ("bridge.closed", "The state will shut the Calder River Bridge to traffic for a year and a half beginning in April, transportation officials said."),
                ("bridge.cost", "The repair work carries an $86 million price tag, a filing shows."),
                ("bridge.cars", "Some 42,000 cars and trucks use the bridge each day, the Ridge Gazette reported."),
                ("bridge.x1", "The Calder River Bridge will be closed to all traffic for 6 months starting in April, a contractor said."),
            ]},
            {"outlet": "Valley Courier", "day": 2, "sentences": [
                ("bridge.detour", "The detour through Millbrook will add about 25 minutes to commutes."),
                ("bridge.x2", "The Osprey Creek Bridge will be closed to all traffic for 18 months starting in April, county officials said."),
                ("bridge.x3", "Transportation officials said the Calder River Bridge would not close before next year."),
                ("bridge.x4", "Repairs to the Millbrook tunnel are estimated to cost $14 million."),
            ]},
        ],
    },
    {
        "story": "strike",
        "articles": [
            {"outlet": "Coastline Post", "day": 0, "sentences": [
                ("strike.vote", "Dockworkers at the Port of Eastport voted to strike from May 2, their union said on Friday."),
                ("strike.share", "Ninety-one percent of union members backed the walkout, according to the union."),
                ("strike.pay", "The union is demanding a 9 percent pay rise over two years."),
                ("strike.cargo", "The port handles about $1.5 billion in cargo each month."),
            ]},
            {"outlet": "Metro Wire", "day": 0.2, "sentences": [
                ("strike.vote", "Port of Eastport dockworkers will walk out on May 2 after a strike vote, the union announced."),
                ("strike.share", "91 percent of members voted in favour of the strike, the union said."),
                ("strike.pay", "Workers want a pay increase of 9 percent spread over two years, union leaders said."),
                ("strike.x1", "The port operator said it had offered a 5 percent pay rise over two years."),
            ]},
            {"outlet": "Eastport Daily", "day": 1, "sentences": [
                ("strike.cargo", "Roughly $1.5 billion worth of cargo moves through the port every month."),
                ("strike.x2", "Dockworkers at the Port of Eastport voted against a strike, their union said on Friday."),
                ("strike.x3", "Dockworkers at the Port of Kingsbay voted to strike from May 2, their union said."),
                ("strike.x4", "Union leaders said 62 percent of members backed the walkout."),
            ]},
        ],
    },
    {
        "story": "water",
        "articles": [
            {"outlet": "Valley Courier", "day": 0, "sentences": [
                ("water.lead", "Tests found lead above the federal limit in tap water at 14 homes in the town of Greyfield, state health officials said."),
                ("water.advice", "Residents were told to use bottled water for drinking and cooking until further notice."),
                ("water.pipes", "Greyfield still has about 3,000 lead service lines, according to a 2024 inventory."),
                ("water.cost", "Replacing them would cost an estimated $27 million."),
            ]},
            {"outlet": "The Harbor Ledger", "day": 1, "sentences": [
                ("water.lead", "Tap water in 14 Greyfield homes contained lead above the federal limit, the state health department said."),
                ("water.advice", "Officials advised residents to drink and cook with bottled water until further notice."),
                ("water.pipes", "Some three thousand lead service lines remain in Greyfield, a 2024 inventory shows."),
                ("water.x1", "Tests found no lead above the federal limit in Greyfield's schools, officials said."),
            ]},
            {"outlet": "Coastline Post", "day": 2, "sentences": [
                ("water.cost", "It would cost about $27 million to replace the lines, the Valley Courier reported."),
                ("water.x2", "Tests found lead above the federal limit in tap water at 41 homes in Greyfield, an activist group said."),
                ("water.x3", "Tests found lead above the federal limit in tap water at 14 homes in the town of Ashbury, officials said."),
                ("water.x4", "Greyfield will replace all of its lead service lines by 2027, the mayor said."),
            ]},
        ],
    },
    {
        "story": "airline",
        "articles": [
            {"outlet": "Eastport Daily", "day": 0, "sentences": [
                ("air.route", "Skyvale Airlines will end its nonstop service between Eastport and Kingsbay in September, the carrier said."),
                ("air.flights", "The airline currently runs four daily flights on the route."),
                ("air.fuel", "Skyvale blamed rising fuel costs and weak demand for the decision."),
                ("air.staff", "About 60 ground staff at Kingsbay airport will be offered transfers."),
            ]},
            {"outlet": "North Star Tribune", "day": 1, "sentences": [
                ("air.route", "Nonstop flights between Eastport and Kingsbay will be dropped by Skyvale Airlines in September."),
                ("air.flights", "Skyvale flies the route four times a day."),
                ("air.fuel", "The carrier pointed to higher fuel costs and soft demand."),
                ("air.x1", "Skyvale Airlines will add nonstop service between Eastport and Port Lewis in September."),
            ]},
            {"outlet": "Metro Wire", "day": 1.5, "sentences": [
                ("air.staff", "Roughly sixty ground workers at Kingsbay airport will be offered jobs elsewhere, Skyvale said."),
                ("air.x2", "The airline currently runs six daily flights on the Eastport route."),
                ("air.x3", "Skyvale Airlines said it would not end any routes this year."),
                ("air.x4", "Corvair Express will end its nonstop service between Eastport and Kingsbay in September."),
            ]},
        ],
    },
    {
        "story": "fire",
        "articles": [
            {"outlet": "The Ridge Gazette", "day": 0, "sentences": [
                ("fire.area", "A wildfire near Cedar Hollow has burned about 12,500 acres and is 20 percent contained, fire officials said Sunday."),
                ("fire.homes", "At least 35 homes have been destroyed."),
                ("fire.evac", "Some 4,000 residents were ordered to evacuate."),
                ("fire.cause", "Investigators believe the fire was started by a downed power line."),
            ]},
            {"outlet": "Coastline Post", "day": 0.5, "sentences": [
                ("fire.area", "The Cedar Hollow fire has scorched roughly 12,500 acres and crews have it 20 percent contained."),
                ("fire.homes", "Thirty-five or more homes have burned, officials said."),
                ("fire.evac", "Evacuation orders cover about four thousand people."),
                ("fire.x1", "A wildfire near Cedar Hollow has burned about 2,500 acres, a county spokesman said."),
            ]},
            {"outlet": "Valley Courier", "day": 1, "sentences": [
                ("fire.cause", "A power line that came down is the suspected cause of the blaze, investigators said."),
                ("fire.x2", "No homes have been destroyed, the fire chief said."),
                ("fire.x3", "A wildfire near Pine Ridge has burned about 12,500 acres and is 20 percent contained."),
                ("fire.x4", "Investigators said the fire was not caused by a power line."),
            ]},
        ],
    },
    {
        "story": "budget",
        "articles": [
            {"outlet": "North Star Tribune", "day": 0, "sentences": [
                ("budget.total", "Governor Alan Whitcombe proposed a $58 billion state budget on Wednesday, a 3 percent increase over last year."),
                ("budget.tax", "The plan would raise the tax on cigarettes by 50 cents a pack."),
                ("budget.teachers", "It includes $400 million for teacher salaries."),
                ("budget.reserve", "The state's rainy-day fund would grow to $2.1 billion."),
            ]},
            {"outlet": "Metro Wire", "day": 0.4, "sentences": [
                ("budget.total", "Whitcombe unveiled a 58 billion dollar budget, up 3 percent from last year."),
                ("budget.tax", "Cigarette taxes would rise by 50 cents per pack under the proposal."),
                ("budget.teachers", "Teacher pay would get $400 million, the governor's office said."),
                ("budget.x1", "Governor Alan Whitcombe proposed a $61 billion state budget, a lawmaker said."),
            ]},
            {"outlet": "The Harbor Ledger", "day": 1, "sentences": [
                ("budget.reserve", "The reserve fund would reach $2.1 billion under the plan, the North Star Tribune reported."),
                ("budget.x2", "The plan would cut the tax on cigarettes by 50 cents a pack."),
                ("budget.x3", "Governor Rosa Delgado proposed a $58 billion state budget on Wednesday."),
                ("budget.x4", "Whitcombe said the budget includes no new taxes."),
            ]},
        ],
    },
    {
        "story": "study",
        "articles": [
            {"outlet": "Eastport Daily", "day": 0, "sentences": [
                ("study.finding", "Adults who walked at least 7,000 steps a day had a 40 percent lower risk of heart disease, a study by Lakemont University found."),
                ("study.size", "The researchers followed 18,000 adults for eight years."),
                ("study.lead", "The study was led by epidemiologist Dr. Hana Sato."),
                ("study.journal", "It was published in the Journal of Community Health."),
            ]},
            {"outlet": "Coastline Post", "day": 1, "sentences": [
                ("study.finding", "Walking 7,000 or more steps daily was tied to a 40 percent drop in heart disease risk, according to Lakemont University researchers."),
                ("study.size", "The study tracked some eighteen thousand adults over eight years."),
                ("study.x1", "Adults who walked at least 7,000 steps a day had a 10 percent lower risk of diabetes, a different study found."),
                ("study.x2", "Dr. Hana Sato said the study did not show that walking prevents heart disease."),
            ]},
            {"outlet": "Valley Courier", "day": 2, "sentences": [
                ("study.journal", "The findings appeared in the Journal of Community Health, the Eastport Daily reported."),
                ("study.lead", "Epidemiologist Hana Sato led the research."),
                ("study.x3", "Adults who walked at least 7,000 steps a day had a 40 percent lower risk of heart disease, a study by Brennan College found."),
            ]},
        ],
    },
    {
        "story": "stadium",
        "articles": [
            {"outlet": "The Harbor Ledger", "day": 0, "sentences": [
                ("stadium.deal", "The Harbor Gulls will build a 32,000-seat stadium on the old rail yard, team owner Vince Marlowe said on Tuesday."),
                ("stadium.public", "The city would contribute $150 million in public money, according to the draft agreement."),
                ("stadium.open", "The stadium is scheduled to open in 2029."),
                ("stadium.jobs", "Marlowe said construction would create about 2,000 jobs."),
            ]},
            {"outlet": "Metro Wire", "day": 1, "sentences": [
                ("stadium.deal", "Team owner Vince Marlowe announced plans for a 32,000-seat Harbor Gulls stadium at the former rail yard."),
                ("stadium.public", "Taxpayers would put $150 million toward the project, the draft agreement shows."),
                ("stadium.open", "Opening is planned for 2029."),
                ("stadium.x1", "The city would contribute $90 million in public money, a council member said."),
            ]},
            {"outlet": "Eastport Daily", "day": 2, "sentences": [
                ("stadium.jobs", "Building the stadium would create roughly two thousand jobs, the team's owner said."),
                ("stadium.x2", "The Eastport Herons will build a 32,000-seat stadium on the old rail yard, the team said."),
                ("stadium.x3", "Marlowe denied that the city would contribute any public money."),
                ("stadium.x4", "The stadium is scheduled to open in 2031, according to a revised timeline."),
            ]},
        ],
    },
    {
        "story": "police",
        "articles": [
            {"outlet": "Valley Courier", "day": 0, "sentences": [
                ("police.chief", "Greyfield police chief Dana Holloway resigned on Monday, two days after a state audit criticized the department's overtime spending."),
                ("police.overtime", "The audit found the department paid $1.8 million in overtime last year, double the budgeted amount."),
                ("police.interim", "Captain Luis Ferreira will serve as interim chief."),
            ]},
            {"outlet": "The Ridge Gazette", "day": 1, "sentences": [
                ("police.chief", "Dana Holloway stepped down as Greyfield's police chief Monday after a state audit faulted overtime spending."),
                ("police.overtime", "Overtime pay reached $1.8 million last year, twice what was budgeted, the audit said."),
                ("police.interim", "Capt. Luis Ferreira has been named interim chief, the Valley Courier reported."),
                ("police.x1", "Greyfield police chief Dana Holloway said on Monday that she would not resign."),
            ]},
            {"outlet": "North Star Tribune", "day": 2, "sentences": [
                ("police.x2", "The audit found the department paid $800,000 in overtime last year."),
                ("police.x3", "Ashbury police chief Mark Deane resigned on Monday after a state audit."),
                ("police.x4", "Captain Luis Ferreira said he would not seek the job permanently."),
            ]},
        ],
    },
    {
        "story": "layoffs",
        "articles": [
            {"outlet": "Coastline Post", "day": 0, "sentences": [
                ("lay.cut", "Norwell Software will lay off 1,100 employees, or 8 percent of its workforce, the company told staff in an email."),
                ("lay.offices", "The company will close its offices in Kingsbay and Port Lewis."),
                ("lay.ceo", "Chief executive Priya Raman said the cuts were needed to fund investment in cloud products."),
                ("lay.sever", "Affected workers will receive 16 weeks of severance pay."),
            ]},
            {"outlet": "Eastport Daily", "day": 0.5, "sentences": [
                ("lay.cut", "Norwell Software is cutting about 1,100 jobs, roughly 8 percent of its staff, according to an internal email seen by the Coastline Post."),
                ("lay.offices", "Norwell's Kingsbay and Port Lewis offices will be shut."),
                ("lay.sever", "Those laid off will get sixteen weeks of severance."),
                ("lay.x1", "Norwell Software will hire 1,100 engineers over the next two years, the company said."),
            ]},
            {"outlet": "Metro Wire", "day": 1, "sentences": [
                ("lay.x2", "Norwell Software will lay off 400 employees, a spokeswoman said."),
                ("lay.x3", "Halden Systems will lay off 1,100 employees, or 8 percent of its workforce."),
                ("lay.x4", "Priya Raman said no offices would close."),
                ("lay.ceo", "Raman said the layoffs would free money for cloud products."),
            ]},
        ],
    },
]


def articles() -> list[dict]:
    """Every article as {"story", "outlet", "day", "sentences"}, in story order."""
    return [{"story": s["story"], **a} for s in STORIES for a in s["articles"]]
