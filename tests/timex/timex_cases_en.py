"""English time-expression cases: published | text | expected span | value | granularity.

A value of "-" means no time with a calendar value may overlap the span (traps); a published
date of "-" means the document has none. Dates used: 2022-09-26 is a Monday, 2024-08-27 a
Tuesday, 2025-08-15 a Friday, 2022-11-05 a Saturday.
"""

TABLE = """
# --- absolute dates
2022-09-26 | It happened on September 21, 2022. | September 21, 2022 | 2022-09-21 | day
2022-09-26 | It happened on 21 September 2022. | 21 September 2022 | 2022-09-21 | day
2022-09-26 | The law took effect on January 1, 2023. | January 1, 2023 | 2023-01-01 | day
2022-09-26 | He was arrested on March 3. | March 3 | 2022-03-03 | day
2022-09-26 | He was arrested on December 3. | December 3 | 2021-12-03 | day
2022-09-26 | The summit will take place on October 12. | October 12 | 2022-10-12 | day
2022-12-10 | On Monday, December 5, farmers protested in The Hague. | Monday, December 5 | 2022-12-05 | day
2022-09-26 | Protesters gathered on Sunday, Sept. 25. | Sunday, Sept. 25 | 2022-09-25 | day
2022-09-26 | The letter is dated 03/15/2022. | 03/15/2022 | 2022-03-15 | day
2022-09-26 | The letter is dated 15/03/2022. | 15/03/2022 | 2022-03-15 | day
2022-09-26 | The report appeared on 2022-09-21. | 2022-09-21 | 2022-09-21 | day
2022-09-26 | It happened on Sept. 21, 2022, in Moscow. | Sept. 21, 2022 | 2022-09-21 | day
2022-09-26 | It happened on Sep 21 2022 in Moscow. | Sep 21 2022 | 2022-09-21 | day
2022-09-26 | The vote was held on Oct. 1, 2021. | Oct. 1, 2021 | 2021-10-01 | day
2022-09-26 | The treaty was signed on the twenty-third of March 2021. | twenty-third of March 2021 | 2021-03-23 | day
2022-09-26 | Independence was declared on July 4, 1776. | July 4, 1776 | 1776-07-04 | day
2022-09-26 | On the 1st of June the shops reopened. | 1st of June | 2022-06-01 | day
2022-09-26 | They married on February 14, 2020. | February 14, 2020 | 2020-02-14 | day
2022-09-26 | Russia invaded Ukraine on February 24. | February 24 | 2022-02-24 | day
2022-09-26 | The deadline ends on Sept. 30. | Sept. 30 | 2022-09-30 | day
2022-09-26 | The meeting of Wednesday, September 14, was cancelled. | Wednesday, September 14 | 2022-09-14 | day
2022-09-26 | The war ended on November 11, 1918. | November 11, 1918 | 1918-11-11 | day
2022-09-26 | Since Jan. 6, 2021, the inquiry has stalled. | Jan. 6, 2021 | 2021-01-06 | day
2022-09-26 | The ship left Odessa on Aug. 2. | Aug. 2 | 2022-08-02 | day
2022-09-26 | The fire broke out on 12/31/2021. | 12/31/2021 | 2021-12-31 | day
2022-09-26 | Germany surrendered on 8 May 1945. | 8 May 1945 | 1945-05-08 | day
2022-09-26 | The Wall fell on November 9th, 1989. | November 9th, 1989 | 1989-11-09 | day
2022-09-26 | On March 3rd the troops arrived. | March 3rd | 2022-03-03 | day
2022-09-26 | On the 3rd of March the troops arrived. | 3rd of March | 2022-03-03 | day
2022-09-26 | The plan was announced on 5 Dec 2021. | 5 Dec 2021 | 2021-12-05 | day
2022-09-26 | Elections were held on May 9. | May 9 | 2022-05-09 | day
# --- months
2022-09-26 | Prices rose sharply in March 2021. | March 2021 | 2021-03 | month
2022-09-26 | The company went bankrupt in September 2022. | September 2022 | 2022-09 | month
2022-09-26 | The report of Sept. 2022 is public. | Sept. 2022 | 2022-09 | month
2022-09-26 | Talks began in October of last year. | October of last year | 2021-10 | month
2022-09-26 | The first troops were sent in March. | March | 2022-03 | month
2022-09-26 | The deal was closed in December. | December | 2021-12 | month
2022-09-26 | The cabinet will decide in December. | December | 2022-12 | month
2022-11-05 | In mid-October the partisans struck. | mid-October | 2022-10 | month
2022-09-26 | In early September the first attacks took place. | early September | 2022-09 | month
2022-09-26 | The uprising broke out in late August. | late August | 2022-08 | month
2022-09-26 | They were arrested last May. | last May | 2022-05 | month
2022-09-26 | The ban was introduced last month. | last month | 2022-08 | month
2022-09-26 | Prices rise further this month. | this month | 2022-09 | month
2022-09-26 | The school reopens next month. | next month | 2022-10 | month
2022-09-26 | The factory closed at the end of last month. | the end of last month | 2022-08 | month
2022-09-26 | Earlier this month the first reservists were called up. | Earlier this month | 2022-09 | month
2022-09-26 | The plan will be presented later this month. | later this month | 2022-09 | month
2025-08-15 | The number could rise to 50,000 by the end of the month. | the end of the month | 2025-08 | month
2022-09-26 | Inflation fell in January 2022. | January 2022 | 2022-01 | month
2022-09-26 | In June, the elections will take place. | June | 2023-06 | month
2022-09-26 | In July it was restless in the city. | July | 2022-07 | month
2022-09-26 | The offensive began in May. | May | 2022-05 | month
2022-09-26 | The offensive began in May of 2021. | May of 2021 | 2021-05 | month
2007-10-17 | The new terminal opens next year in January. | next year in January | 2008-01 | month
2007-10-17 | The new terminal opens in January next year. | January next year | 2008-01 | month
2022-09-26 | A deal could be reached later in the week. | later in the week | 2022-W39 | week
1996-08-30 | Traders see gold at $395 by end-October. | end-October | 1996-10 | month
# --- years
2022-11-05 | Massive riots broke out in 2020. | 2020 | 2020 | year
2022-09-26 | There has been peace since 1945. | 1945 | 1945 | year
2022-09-26 | The year 2019 was disastrous. | 2019 | 2019 | year
2022-09-26 | Schools closed in early 2021. | early 2021 | 2021 | year
2022-09-26 | The bridge must be ready by late 2023. | late 2023 | 2023 | year
2022-09-26 | Construction starts in mid-2024. | mid-2024 | 2024 | year
2022-09-26 | More people died last year. | last year | 2021 | year
2022-09-26 | Thousands have already fled this year. | this year | 2022 | year
2022-09-26 | A new law follows next year. | next year | 2023 | year
2022-09-26 | The headquarters moved at the end of last year. | the end of last year | 2021 | year
2022-09-26 | Earlier this year the campaign started. | Earlier this year | 2022 | year
2022-09-26 | Over the past year many people were arrested. | the past year | 2021 | year
2022-09-26 | The 2021 elections were calm. | 2021 | 2021 | year
2022-09-26 | Between 2015 and 2020 the city grew. | 2015 | 2015 | year
2022-09-26 | Between 2015 and 2020 the city grew. | 2020 | 2020 | year
2022-09-26 | Russia annexed Crimea in 2014. | 2014 | 2014 | year
2022-09-26 | The ban stays in force until 2030. | 2030 | 2030 | year
2022-09-26 | Olympic Games 2024 | 2024 | 2024 | year
2022-09-26 | In 1989 the Wall fell. | 1989 | 1989 | year
2022-09-26 | From 2025 a new rule applies. | 2025 | 2025 | year
2022-09-26 | By 2030, emissions must be halved. | 2030 | 2030 | year
2022-09-26 | In 2021 the number of applications doubled. | 2021 | 2021 | year
2024-08-27 | Teachers demand wages that the government promised last year. | last year | 2023 | year
# --- decades and centuries
2022-09-26 | The Soviet Union collapsed in the 1990s. | the 1990s | 199 | decade
2022-09-26 | The eighties were turbulent, he said of the nineties. | the nineties | 199 | decade
2022-09-26 | The song became a hit in the '90s. | the '90s | 199 | decade
2022-09-26 | The city was poor in the 70s. | the 70s | 197 | decade
2022-09-26 | The economy grew in the 1960s. | the 1960s | 196 | decade
2022-09-26 | The war began in the late 1990s. | the late 1990s | 199 | decade
2022-09-26 | The 21st century began with an attack. | The 21st century | 20 | century
2022-09-26 | Two world wars raged in the twentieth century. | the twentieth century | 19 | century
2022-09-26 | The railway came in the 19th century. | the 19th century | 18 | century
2022-09-26 | The church dates from the seventeenth century. | the seventeenth century | 16 | century
2022-09-26 | The city was much smaller last century. | last century | 19 | century
2022-09-26 | It is the biggest conflict this century. | this century | 20 | century
2022-09-26 | The 2010s were a decade of protest. | The 2010s | 201 | decade
# --- seasons, quarters, halves
2022-09-26 | The war began in the spring. | the spring | 2022-SP | quarter
2022-09-26 | This summer was dry. | This summer | 2022-SU | quarter
2022-09-26 | Last summer they marched to the capital. | Last summer | 2022-SU | quarter
2022-09-26 | The power cuts came last winter. | last winter | 2021-WI | quarter
2022-09-26 | An energy crisis looms next winter. | next winter | 2022-WI | quarter
2022-09-26 | The fire broke out in the summer of 2021. | the summer of 2021 | 2021-SU | quarter
2022-09-26 | The cabinet will decide in the fall. | the fall | 2022-FA | quarter
2022-09-26 | The protests began in the spring of 2019. | the spring of 2019 | 2019-SP | quarter
2022-09-26 | Sales fell in the first quarter of 2022. | the first quarter of 2022 | 2022-Q1 | quarter
2022-11-05 | Profits rose in the third quarter. | the third quarter | 2022-Q3 | quarter
2022-09-26 | The Q2 2021 figures were disappointing. | Q2 2021 | 2021-Q2 | quarter
2022-09-26 | The economy shrank in the fourth quarter of last year. | the fourth quarter of last year | 2021-Q4 | quarter
2022-09-26 | Millions fled in the first half of 2022. | the first half of 2022 | 2022-H1 | quarter
2022-09-26 | Autumn 2020 was wet. | Autumn 2020 | 2020-FA | quarter
# --- holidays
2022-09-26 | The borders were closed at Christmas. | Christmas | 2021-12-25 | day
2022-09-26 | The pope will speak at Christmas. | Christmas | 2022-12-25 | day
2022-09-26 | They celebrated Christmas 2021 in lockdown. | Christmas 2021 | 2021-12-25 | day
2022-09-26 | The churches reopened at Easter. | Easter | 2022-04-17 | day
2022-09-26 | Riots broke out on New Year's Eve. | New Year's Eve | 2021-12-31 | day
2026-11-20 | Youths threw fireworks at police on Bonfire Night. | Bonfire Night | 2026-11-05 | day
2026-01-03 | Police made 40 arrests at Hogmanay. | Hogmanay | 2025-12-31 | day
2022-09-26 | Thanksgiving 2021 was quiet. | Thanksgiving 2021 | 2021-11-25 | day
2022-09-26 | The parade on Independence Day drew crowds. | Independence Day | 2022-07-04 | day
2022-09-26 | Shops open on Good Friday 2024. | Good Friday 2024 | 2024-03-29 | day
2022-09-26 | The fire was found on New Year's Day. | New Year's Day | 2022-01-01 | day
2022-09-26 | On Boxing Day 2020 the storm hit. | Boxing Day 2020 | 2020-12-26 | day
# --- relative days
2022-09-26 | A member of the upper house said today that borders must close. | today | 2022-09-26 | day
2022-09-26 | A man was shot yesterday. | yesterday | 2022-09-25 | day
2022-09-26 | The judge decides tomorrow. | tomorrow | 2022-09-27 | day
2022-09-26 | The strike starts the day after tomorrow. | the day after tomorrow | 2022-09-28 | day
2022-09-26 | A fire broke out the day before yesterday. | the day before yesterday | 2022-09-24 | day
2022-09-26 | People took to the streets last night. | last night | 2022-09-25TNI | day
2022-09-26 | The prime minister addresses the nation tonight. | tonight | 2022-09-26TNI | day
# a night from one day to the next is one expression, the night of its first day
2026-06-12 | Shops were looted on the night of Thursday to Friday. | the night of Thursday to Friday | 2026-06-11TNI | day
2026-06-12 | Shops were looted Thursday night into Friday. | Thursday night into Friday | 2026-06-11TNI | day
2025-10-20 | On the night of Friday to Saturday a bomb exploded at 3 am. | 3 am | 2025-10-18T03:00 | day
# a deadline given lies ahead of the giving, whatever the tense; a span's end told in the past does not
2026-06-12 | He gave the cabinet until Monday to withdraw the cut. | Monday | 2026-06-15 | day
2026-03-10 | The congress has given the government until March 30 to reverse the tariff. | March 30 | 2026-03-30 | day
2026-06-12 | The strike lasted until Monday. | Monday | 2026-06-08 | day
2022-09-26 | The suspect was arrested this morning. | this morning | 2022-09-26TMO | day
2022-09-26 | The road was closed yesterday afternoon. | yesterday afternoon | 2022-09-25TAF | day
2022-09-26 | A debate follows tomorrow evening. | tomorrow evening | 2022-09-27TEV | day
2022-11-05 | The suspect was released yesterday. | yesterday | 2022-11-04 | day
2022-11-05 | Thousands of people demonstrate today. | today | 2022-11-05 | day
2022-09-26 | Officials said this afternoon that the dam held. | this afternoon | 2022-09-26TAF | day
# --- weeks and weekends
2022-09-26 | Putin said last week that it was a partial mobilization. | last week | 2022-W38 | week
2022-11-05 | A storage tank was blown up this week. | this week | 2022-W44 | week
2022-09-26 | Parliament meets next week. | next week | 2022-W40 | week
2024-08-27 | The ministry said that talks would resume next week. | next week | 2024-W36 | week
2022-09-26 | Dozens died in the past week. | the past week | 2022-W38 | week
2022-09-26 | The border was closed late last week. | late last week | 2022-W38 | week
2022-09-26 | Earlier this week the minister said so. | Earlier this week | 2022-W39 | week
2022-09-26 | Thousands took to the streets last weekend. | last weekend | 2022-W38-WE | week
2022-09-26 | Hundreds were arrested over the weekend. | the weekend | 2022-W38-WE | week
2025-11-18 | Staff have been threatened online since the weekend. | the weekend | 2025-W46-WE | week
2022-09-26 | New protests are planned for this weekend. | this weekend | 2022-W39-WE | week
2022-09-26 | Protests are planned next weekend. | next weekend | 2022-W39-WE | week
# --- weekdays, tense-aware
2022-09-26 | Thousands of people took to the streets on Sunday. | Sunday | 2022-09-25 | day
2022-09-26 | He was arrested on Friday. | Friday | 2022-09-23 | day
2022-09-26 | The minister announces a decision on Friday. | Friday | 2022-09-30 | day
2022-09-26 | The cabinet will decide on Thursday. | Thursday | 2022-09-29 | day
2022-09-26 | Parliament meets on Thursday to debate the bill. | Thursday | 2022-09-29 | day
2022-09-26 | Voting took place last Sunday. | last Sunday | 2022-09-25 | day
2022-09-26 | The border was closed last Friday. | last Friday | 2022-09-23 | day
2022-09-26 | Parliament votes next Tuesday. | next Tuesday | 2022-09-27 | day
2022-09-26 | There is a rally this coming Saturday. | this coming Saturday | 2022-10-01 | day
2022-09-26 | Protesters gathered on Sunday evening. | Sunday evening | 2022-09-25TEV | day
2022-09-26 | The man was detained on Monday morning. | Monday morning | 2022-09-26TMO | day
2022-11-05 | The suspect was arrested on Tuesday. | Tuesday | 2022-11-01 | day
2022-11-05 | The trial begins on Monday. | Monday | 2022-11-07 | day
2022-11-05 | Hundreds fled the city on Friday. | Friday | 2022-11-04 | day
2025-08-15 | Heavy rains forced 12,000 people to flee, officials said on Friday. | Friday | 2025-08-15 | day
2025-08-15 | The Indus river burst its banks on Thursday. | Thursday | 2025-08-14 | day
2024-08-27 | Teachers walked out of classrooms across Kenya on Monday. | Monday | 2024-08-26 | day
2024-08-27 | The Ministry of Education said on Tuesday that talks would resume. | Tuesday | 2024-08-27 | day
2024-08-27 | Police have arrested 35 people on Sunday. | Sunday | 2024-08-25 | day
2024-08-27 | The union will meet on Friday. | Friday | 2024-08-30 | day
2024-08-27 | On Wednesday the strike will spread. | Wednesday | 2024-08-28 | day
2024-08-27 | It was quiet in the city on Saturday. | Saturday | 2024-08-24 | day
2024-08-27 | Talks collapsed last Wednesday. | last Wednesday | 2024-08-21 | day
2024-08-27 | Teachers are going to march next Thursday. | next Thursday | 2024-08-29 | day
2022-09-26 | He left on Monday last week. | Monday last week | 2022-09-19 | day
2022-09-26 | Police say that three people were arrested on Sunday. | Sunday | 2022-09-25 | day
2022-09-26 | He said that the minister will resign on Friday. | Friday | 2022-09-30 | day
2022-11-05 | Thousands marched on Saturday and Sunday. | Saturday | 2022-10-29 | day
2022-11-05 | Thousands marched on Saturday and Sunday. | Sunday | 2022-10-30 | day
2022-09-26 | The man was detained on Wednesday of last week. | Wednesday of last week | 2022-09-21 | day
2024-08-27 | The ministry said talks would resume on Friday. | Friday | 2024-08-30 | day
2024-08-27 | He said the strike would have ended by Friday. | Friday | 2024-08-23 | day
2022-09-26 | Putin says Sunday that the mobilization is partial. | Sunday | 2022-09-25 | day
2024-08-27 | Security was tightened ahead of Thursday's vote. | Thursday | 2024-08-29 | day
# --- offsets
2022-09-26 | The border was closed two days ago. | two days ago | 2022-09-24 | day
2025-08-15 | At least 27 people died since the rains began three weeks ago. | three weeks ago | 2025-W30 | week
2022-09-26 | The first bombs fell a month ago. | a month ago | 2022-08 | month
2022-11-05 | The first message appeared a month and a half ago. | a month and a half ago | 2022-09 | month
2022-09-26 | The pandemic broke out two years ago. | two years ago | 2020 | year
2022-09-26 | He was elected a year ago. | a year ago | 2021 | year
2022-09-26 | Ten years ago the city was still quiet. | Ten years ago | 2012 | year
2022-09-26 | The man was arrested more than a week ago. | more than a week ago | 2022-W38 | week
2022-09-26 | The protests began about three months ago. | about three months ago | 2022-06 | month
2022-09-26 | The message came a few days ago. | a few days ago | 2022-09-23 | day
2022-09-26 | The border was closed several weeks ago. | several weeks ago | 2022-W36 | week
2022-09-26 | He left five days ago. | five days ago | 2022-09-21 | day
2022-09-26 | He was released 3 days ago. | 3 days ago | 2022-09-23 | day
2022-09-26 | The inquiry began a year and a half ago. | a year and a half ago | 2021-03 | month
2022-09-26 | The trial will begin in three weeks. | in three weeks | 2022-W42 | week
2022-09-26 | Elections will be held two months from now. | two months from now | 2022-11 | month
2022-09-26 | Twenty years ago the regime fell. | Twenty years ago | 2002 | year
2022-09-26 | The campaign began six weeks ago. | six weeks ago | 2022-W33 | week
2022-09-26 | The government fell twenty-three days ago. | twenty-three days ago | 2022-09-03 | day
# --- anchored to another time
2022-09-26 | He was arrested on March 3. Two days later he was freed. | Two days later | 2022-03-05 | day
2022-09-26 | Police arrived at 11am on Sunday. Half an hour later the road was cleared. | Half an hour later | 2022-09-25T11:30 | day
2022-09-26 | Police arrived at 11.40pm on Sunday. Half an hour later the road was cleared. | Half an hour later | 2022-09-26T00:10 | day
2022-09-26 | Police arrived at 11am on Sunday. Two hours later it was calm. Ten minutes later the last protesters left. | Ten minutes later | 2022-09-25T13:10 | day
2022-09-26 | Police arrived on Sunday. Two hours later it was calm. | Two hours later | 2022-09-25 | day
2022-09-26 | Police arrived on Sunday. Hours later it was calm. | Hours later | 2022-09-25 | day
2022-09-26 | Police arrived at 11am on Sunday. Hours later the last protesters left. | Hours later | 2022-09-25 | day
2022-09-26 | Police arrived at 11am on Sunday. A few hours later the last protesters left. | A few hours later | 2022-09-25 | day
2022-09-26 | He was arrested on March 3. The next day he was freed. | The next day | 2022-03-04 | day
# ... a wire's telegraphic "next day", "same day" without an article; a title's "Next Day" is no time
2022-09-26 | Govt 3 March postponed the vote. Opposition next day denounced a coup. | next day | 2022-03-04 | day
2022-09-26 | Police arrested him on March 3. Prosecutors same day charged him. | same day | 2022-03-03 | day
2022-09-26 | Next Day Delivery is free for members. | Next Day | - | -
2026-10-06 | The memorial for the victims of 9/11 was closed on Monday. | 9/11 | - | -
2026-06-11 | Updated: 11/06 - 15:40 | 11/06 | - | -
2022-09-26 | The fire broke out on May 10, 2021. A week later everything was gone. | A week later | 2021-W20 | week
2008-03-01 | The first plane is tested in 2010 and enters service three years later. | three years later | 2013 | year
2005-02-17 | The first flight is scheduled for early March. | early March | 2005-03 | month
2005-11-05 | The plane lands on November 16. The stop was eliminated for a visit on November 16. | visit on November 16 | 2005-11-16 | day
2006-03-28 | The trial is set to begin on Wednesday in London. | Wednesday | 2006-03-29 | day
2005-10-04 | Apple announced today another special event to be held on October 12. | October 12 | 2005-10-12 | day
2022-09-26 | He was arrested on March 3. Later that day he was freed. | Later that day | 2022-03-03 | day
2022-09-26 | He was arrested on March 3. The next morning he was freed. | The next morning | 2022-03-04 | day
2022-09-26 | The riots of 2020 followed a drought the year before. | the year before | 2019 | year
# --- durations
2022-09-26 | Almost a week after the announcement it is chaotic. | Almost a week | P1W | none
2022-09-26 | The strike lasted three days. | three days | P3D | none
2022-09-26 | He was sentenced to two years in prison. | two years | P2Y | none
2022-09-26 | The inquiry took a year and a half. | a year and a half | P18M | none
2022-09-26 | The road was closed for 24 hours. | 24 hours | PT24H | none
2022-09-26 | It was over after ten minutes. | ten minutes | PT10M | none
2022-09-26 | The talks lasted three months. | three months | P3M | none
2022-09-26 | He has ruled for two decades. | two decades | P2DE | none
2022-09-26 | The problem was ignored for years. | years | PXY | none
2022-09-26 | Thousands fled over the past two weeks. | the past two weeks | P2W | none
2022-09-26 | He was held for more than a month. | more than a month | P1M | none
2022-09-26 | The visit lasted fourteen days. | fourteen days | P14D | none
2022-09-26 | He was mayor for twenty-five years. | twenty-five years | P25Y | none
2022-09-26 | After two hours of talks a deal was reached. | two hours | PT2H | none
2022-09-26 | He spent four weeks in a cell. | four weeks | P4W | none
2022-09-26 | A two-week ceasefire was agreed. | two-week | P2W | none
2022-09-26 | The vote ended a months-long standoff. | a months | - | -
2022-09-26 | The siege lasted half a year. | half a year | P6M | none
2022-09-26 | The civil war began a decade ago. | a decade ago | 2012 | year
2022-09-26 | Protests spread this past weekend. | past weekend | 2022-W38-WE | week
2022-09-26 | The ceasefire collapsed on Tuesday's deadline. | Tuesday | 2022-09-20 | day
2022-09-26 | The attack happened on the night of Sept. 21. | Sept. 21 | 2022-09-21 | day
2022-09-26 | The bridge should be finished by the end of 2023. | the end of 2023 | 2023 | year
2022-09-26 | It was the first such attack since 2014. | 2014 | 2014 | year
2022-09-26 | Prices have doubled in recent months. | recent months | PAST_REF | none
2022-09-26 | The fleet includes a Boeing 737 and an F-35. | 737 | - | -
# --- sets
2022-09-26 | There are protests every Monday. | every Monday | XXXX-WXX-1 | none
2022-09-26 | They meet each Sunday. | each Sunday | XXXX-WXX-7 | none
2022-09-26 | People die every day. | every day | P1D | none
2022-09-26 | The paper appears daily. | daily | P1D | none
2022-09-26 | Daily protests were held in the capital. | Daily | P1D | none
2022-09-26 | There are weekly talks. | weekly | P1W | none
2022-09-26 | The commemoration takes place annually. | annually | P1Y | none
2022-09-26 | They meet twice a week. | twice a week | P1W | none
2022-09-26 | The market is open on Saturdays. | Saturdays | XXXX-WXX-6 | none
2022-09-26 | Traffic jams form every morning. | every morning | XXXX-XX-XXTMO | none
2022-09-26 | People are arrested every week. | every week | P1W | none
2022-09-26 | Thousands march to the capital every year. | every year | P1Y | none
# --- vague references
2022-09-26 | This is not our war, is heard everywhere now. | now | PRESENT_REF | none
2022-09-26 | How many fighters are currently active is unknown. | currently | PRESENT_REF | none
2022-09-26 | A new law was recently adopted. | recently | PAST_REF | none
2022-09-26 | A decision will follow soon. | soon | FUTURE_REF | none
2022-09-26 | The decision will be reviewed in the future. | the future | FUTURE_REF | none
2022-09-26 | Thousands of Russians fled abroad in recent days. | recent days | PAST_REF | none
2022-09-26 | It will remain restless in the coming weeks. | the coming weeks | FUTURE_REF | none
2022-09-26 | At the moment no decisions have been taken. | At the moment | PRESENT_REF | none
2022-09-26 | Nowadays he works in Berlin. | Nowadays | PRESENT_REF | none
2022-09-26 | The city grew fast in the past few years. | the past few years | PAST_REF | none
2022-09-26 | In the past it was quiet here. | the past | PAST_REF | none
# --- clock times
2022-09-26 | The march starts at 2:30 p.m. on the square. | 2:30 p.m. | 2022-09-26T14:30 | day
2026-11-30 | By Yassine Bennani - Nov 30, 2026 10:12 | 10:12 | 2026-11-30T10:12 | day
2026-10-11 | In the night of 27 to 28 September youths erected roadblocks. | the night of 27 to 28 September | 2026-09-27TNI | day
2026-11-30 | Botola Pro, Sunday, November 29, 2026, kick-off: 19:00, attendance: 41,500 | 19:00 | 2026-11-29T19:00 | day
2022-09-26 | Protesters gathered on Sunday at 3 pm. | 3 pm | 2022-09-25T15:00 | day
2022-09-26 | The meeting starts at 9 a.m. | 9 a.m. | 2022-09-26T09:00 | day
2022-09-26 | The shot was fired around midnight. | midnight | 2022-09-26T00:00 | day
2022-09-26 | The train left at 20:15. | 20:15 | 2022-09-26T20:15 | day
2022-09-26 | The deadline passed at noon. | noon | 2022-09-26T12:00 | day
2022-09-26 | Protesters gathered at 3 p.m. on Sunday. | 3 p.m. | 2022-09-25T15:00 | day
# a clock time without a day in a past clause is on the day the story tells, not on the publication date
2025-10-14 | Eleven people were injured on Monday night. Trouble broke out around 9.30 pm. | 9.30 pm | 2025-10-13T21:30 | day
2026-01-05 | Trouble flared on New Year's Eve. At about 1.30am a car was set alight. | 1.30am | 2026-01-01T01:30 | day
2025-12-10 | Farmers blocked the gates on Tuesday evening. At 11.30 pm the mayor issued an order. At 7 am he asked them to leave. | 7 am | 2025-12-10T07:00 | day
# ... the small hours and "that night" are in the night the story named, not on the day it is reported from
2026-01-09 | Trouble flared on New Year's Eve, magistrates heard today. At about 1.30am a car was set alight. | 1.30am | 2026-01-01T01:30 | day
2026-01-09 | Trouble flared on Hogmanay, magistrates heard today. That night a car was set alight. | That night | 2025-12-31TNI | day
2026-04-15 | Riots broke out on Saturday evening. The council met on Monday. That night police made arrests. | That night | 2026-04-13TNI | day
# ... "that day" after a clock time left on the publication day is the day the story tells
2026-02-14 | He was hit on Thursday, January 29. Around noon farmers burn tyres. That day 38 people were arrested. | That day | 2026-01-29 | day
2025-10-14 | Police say a man was shot on Saturday. He was taken to hospital at 11 p.m. | 11 p.m. | 2025-10-11T23:00 | day
# ... a present clause keeps the publication date
2025-10-14 | Eleven people were injured on Monday night. The curfew starts at 9 pm. | 9 pm | 2025-10-14T21:00 | day
# ... one that leans on a clock time read before its day moves with it
2025-10-03 | Shadows place the filming between 3 p.m. and 4 p.m. on September 25. | 4 p.m. | 2025-09-25T16:00 | day
# --- no publication date
- | He was arrested yesterday. | yesterday | PAST_REF | none
- | Dozens died last week. | last week | PAST_REF | none
- | Parliament meets next week. | next week | FUTURE_REF | none
- | The trial begins today. | today | PRESENT_REF | none
- | People took to the streets on Sunday. | Sunday | PAST_REF | none
- | The border was closed two days ago. | two days ago | PAST_REF | none
- | He was arrested on March 3. | March 3 | XXXX-03-03 | day
- | Riots broke out in 2020. | 2020 | 2020 | year
- | The mobilization began on September 21, 2022. | September 21, 2022 | 2022-09-21 | day
# --- traps
2022-09-26 | The congress drew 2020 participants. | 2020 | - | -
2024-08-27 | In Nairobi, about 2,000 teachers marched. | 2,000 | - | -
2022-09-26 | Arsenal beat Chelsea 3-1 on the day. | 3-1 | - | -
2022-09-26 | Call 555-1234 for information. | 555-1234 | - | -
2022-09-26 | More than 1500 people took to the streets. | 1500 | - | -
2022-09-26 | He earned 2019 dollars a month. | 2019 | - | -
2022-09-26 | The 23-year-old man was detained. | 23-year-old | - | -
2022-09-26 | He may be released, officials said. | may | - | -
2022-09-26 | Theresa May said the talks failed. | May | - | -
2022-09-26 | Troops march through the town. | march | - | -
2022-09-26 | The fall of Kabul shocked the world. | fall | - | -
2022-09-26 | Prices spring back after a shock. | spring | - | -
2022-09-26 | He lives at number 12 in the main street. | 12 | - | -
2022-09-26 | The score was 12-10 for the home side. | 12-10 | - | -
2022-09-26 | Bus 2020 no longer runs. | 2020 | - | -
2022-09-26 | The temperature was 21.5 degrees. | 21.5 | - | -
2022-09-26 | The army deployed 1945 soldiers. | 1945 | - | -
2022-09-26 | Call him at (713) 235-1972 today. | 1972 | - | -
2022-09-26 | It is very good for a midnight meal. | midnight | - | -
2022-09-26 | Organisers spoke of 8000 participants. | 8000 | - | -
2022-09-26 | He finished in 21st place. | 21st | - | -
2022-09-26 | The union said Sunday Times reporters were barred. | Sunday | - | -
2022-09-26 | The march marked the anniversary of Bloody Sunday. | Sunday | - | -
2022-09-26 | He said it was a great day for democracy. | day | - | -
2022-09-26 | The United Nations pledged $5 million in emergency aid. | 5 | - | -
2022-09-26 | The second world war changed Europe. | second | - | -
# clock times told as half past / quarter to (session 28)
2026-03-12 | The march began at half past nine. | half past nine | 2026-03-12T09:30 | day
2026-03-12 | Police moved in at quarter to six p.m. | quarter to six p.m. | 2026-03-12T17:45 | day
# a wire's dateline: day and month between the place in capitals and the agency (session 28)
2026-04-21 | GENEVA 04/21 (AFP) - Police detained 20 people. | 04/21 | 2026-04-21 | day
2026-04-21 | Room 04/21 (east) is closed. | 04/21 | - | -
# a clock time written after its date in a wire's stamp (session 28)
2025-11-13 | KYODO NEWS - Nov 13, 2025 - 19:05 - Japan, All | 19:05 | 2025-11-13T19:05 | day
2025-11-13 | The final score was 3, 2:1 after extra time. | 2:1 | - | -
# a date written with dots is day-first, in English too (session 28)
2026-03-06 | The statement is dated 06.03.2026 in Tbilisi. | 06.03.2026 | 2026-03-06 | day
# a weekday with its daypart before a full date is that date; a stamp's weekday and day/month (session 29)
2026-02-26 | On Thursday evening, October 9, 2025, the meeting got out of hand. | Thursday evening, October 9, 2025 | 2025-10-09 | day
2026-06-15 | Page 104, Mon 15/06 17:42 | 15/06 | 2026-06-15 | day
# an invitation names a day to come (session 29)
2026-05-13 | The government has invited the unions for talks on Friday. | Friday | 2026-05-15 | day
# a range of clock times whose end is earlier than its start ends the next morning (session 29)
2026-05-13 | The regime imposed a curfew from 9 p.m. to 4 a.m. on Tuesday. | 4 a.m. | 2026-05-13T04:00 | day
# a daypart "in the" the story's day (session 30)
2026-09-16 | On Tuesday strikers blocked the depot and in the afternoon a judge refused the request. | in the afternoon | 2026-09-15TAF | day
# a numeric date read in the order its publication date gives (session 30)
2026-02-09 | By Hawre Aziz 09-02-2026 18:20 | 09-02-2026 | 2026-02-09 | day
2026-05-20 | The court met on 09-02-2026. | 09-02-2026 | 2026-09-02 | day
# a police or military clock of four digits (session 36)
2026-10-21 | At about 1630 hrs a section of the mob pelted stones. | 1630 hrs | 2026-10-21T16:30 | day
2026-10-21 | The curfew lasts from 2100 hours till 0600 hours. | 2100 hours | 2026-10-21T21:00 | day
2026-10-21 | The volunteers worked 1330 hours last year. | 1330 hours | - | -
# a night of two dates written with a slash, its month in digits too (session 36)
2026-10-23 | On the night of 20/21 October unknown men threw a bomb. | the night of 20/21 October | 2026-10-20TNI | day
2026-10-23 | During the intervening night of 20/21.10.2026, miscreants hurled a bomb. | the intervening night of 20/21.10.2026 | 2026-10-20TNI | day
# a clock to the second, a day "late" or "early", a formal day (session 37)
2026-11-09 | Posted Saturday 7 November 2026 @ 18:52:04 by Kees | 18:52:04 | 2026-11-07T18:52:04 | day
2026-10-09 | The blockade ended late October 7, when forces cleared it. | late October 7 | 2026-10-07 | day
2026-10-09 | Police fired early on October 5. | early on October 5 | 2026-10-05 | day
2026-11-12 | Given at Bamenda, this 12th day of November 2026. | this 12th day of November 2026 | 2026-11-12 | day
2026-10-09 | It happened in late October last year. | late October | 2025-10 | month
# clocks written "13h00", "five o'clock", "12 noon" (session 38)
2026-11-17 | BULLETIN: 13h00, TUESDAY 17/11/2026 | 13h00 | 2026-11-17T13:00 | day
2026-11-17 | From around 5 o'clock the drivers parked across the road. | 5 o'clock | 2026-11-17T05:00 | day
2026-10-21 | Rally: Thurs 22 Oct, 12 noon, steps of Parliament House. | 12 noon | 2026-10-22T12:00 | day
2026-11-17 | When police arrived at about half past seven, young men threw stones. | half past seven | 2026-11-17T07:30 | day
# a day of the month the story is in (session 38)
2026-11-05 | The union walked out on October 14. On the 27th things turned ugly. | the 27th | 2026-10-27 | day
2026-11-05 | The union walked out on October 14. On the 3rd the mine reopened. | the 3rd | 2026-11-03 | day
2026-11-05 | On the 2nd the mine reopened. | the 2nd | 2026-11-02 | day
2026-11-05 | They met on the 27th floor of the tower. | the 27th | - | -
"""
