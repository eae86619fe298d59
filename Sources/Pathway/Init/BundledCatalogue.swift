// Written by scripts/bundle-catalogue.sh from catalogue/; run it again after a change there.

/// The catalogue Pathway ships with, for `pathway init`: each file's path under
/// `catalogue/` and its text.
enum BundledCatalogue {
  static let files: [(path: String, text: String)] = [
    (
      "framework.yaml",
      #"""
      # yaml-language-server: $schema=../schemas/framework.schema.json
      # The HEE / NHS England "AI and Digital Healthcare Technologies Capability Framework" (DART-Ed),
      # published 21 February 2023 (University of Manchester for HEE).
      #
      # What is here and where it comes from (see /docs/catalogue.md and framework-facts.md):
      # - archetypes, domains, sub-domain headings: the framework's own, paraphrased;
      # - statements: only the 15 the project could read (of 195); none is invented,
      #   and none has a `level:` because no source read shows a statement's level;
      # - level names and every expected level under `expectations:`: the project's own judgement.
      id: dart-ed
      title: AI and Digital Healthcare Technologies Capability Framework

      levels:
        # The framework numbers its levels 1-4, rising in complexity (ordered by Bloom's digital
        # taxonomy), and names none of them: the names below are the project's own labels.
        # Level 0 is ours too: a learner who has not started on a capability.
        - {level: 0, name: Not yet started}
        - {level: 1, name: Awareness}
        - {level: 2, name: Understanding}
        - {level: 3, name: Application}
        - {level: 4, name: Leadership}

      archetypes:
        # From the 2022 "Developing healthcare workers' confidence in AI" research, adopted by the
        # framework; one person may hold several. Descriptions paraphrased; roles as listed on the
        # framework's personas page.
        - id: shaper
          name: Shapers
          description: >-
            Set the direction for AI and digital technology at national or system level, through
            policy, regulation, funding and education.
          roles:
            - leaders in the NHS and arm's-length bodies
            - regulators
            - policy-makers
            - professional educators
        - id: driver
          name: Drivers
          description: >-
            Lead, fund and commission digital and AI change in their organisations and make the case
            for it.
          roles:
            - clinical commissioners
            - service transformation leads
            - digital transformation leads
            - chief information officers
            - chief clinical information officers
        - id: creator
          name: Creators
          description: >-
            Design, build and validate digital technologies and AI algorithms, often with clinical
            colleagues.
          roles:
            - clinical specialists and clinical scientists
            - software engineers
            - data scientists
            - computer science researchers
        - id: embedder
          name: Embedders
          description: >-
            Put technologies into local services: implement, integrate, assure and monitor them where
            care is given.
          roles:
            - IT teams
            - data teams
            - clinical scientists and clinical specialists
            - clinical safety officers
        - id: user
          name: Users
          description: >-
            Use AI and digital tools in their daily work with patients, in research or in support
            services.
          roles:
            - healthcare professionals
            - clinical researchers
            - non-clinical staff who use AI and digital technology

      domains:
        - id: implementation
          name: Digital implementation
          capabilities:
            # The framework lists no sub-domains for domain 1: the domain is one capability.
            # No statement of this domain could be read, so none is listed.
            - id: implementation.digital
              name: Digital implementation
              description: >-
                Plan, introduce and sustain digital technologies in a care setting, from judging an
                organisation's digital maturity to rolling a system out safely and keeping it working.

        - id: patients
          name: Digital health for patients and the public
          capabilities:
            - id: patients.direct-care
              name: Providing direct care with digital technologies
              description: >-
                Use apps, wearables, electronic records and other digital tools in direct care, and
                help patients use them, without leaving behind those who are digitally excluded.
              statements:
                # The six statements below come before the 2.1 and 2.2 headings on the framework's
                # page, so they are probably domain-level. Placing them under 2.1 is our inference:
                # they are about direct care. A seventh statement ("I can evaluate an ...") could not
                # be read and is left out.
                - text: "I can point patients to the NHS apps and websites that matter in my role, and help them to use them."
                  archetypes: [shaper, driver, user]
                - text: "I can find other ways to keep urgent and emergency care going when digital systems fail."
                  archetypes: [driver, embedder, user]
                - text: "I can record clinical observations in an electronic record, and retrieve them, accurately and securely."
                  archetypes: [user]
                - text: "I can recognise when a patient is digitally excluded and arrange another way for them to get care."
                  archetypes: [shaper, driver, creator, embedder, user]
                - text: "I can explain digital health information, such as a QRisk score or a patient-reported outcome measure, so that patients can make decisions informed by data."
                  archetypes: [creator, user]
                - text: "I can respect a patient's digital preferences and support an informed choice about the technology used in their care."
                  archetypes: [shaper, driver, user]
            - id: patients.remote
              name: Remote consultation and monitoring
              description: >-
                Consult with patients remotely and monitor them at home, for example on a virtual
                ward, knowing when remote care suits the patient and when it does not.
              # No statement specific to 2.2 could be read.

        - id: ethics
          name: Ethical, legal and regulatory considerations
          capabilities:
            # No statement of this domain could be read, so none is listed.
            - id: ethics.principles
              name: Ethics
              description: >-
                Recognise the ethical questions digital and AI technologies raise, such as bias,
                fairness, consent, transparency and accountability, and act on them in your role.
            - id: ethics.regulation
              name: Legislation and regulation
              description: >-
                Know the law, regulation and standards that govern digital and AI technologies in
                health and care (medical device regulation, clinical safety standards, data
                protection law) and work within them.

        - id: human-factors
          name: Human factors
          capabilities:
            # Sub-domain 4.1 "Management, leadership and planning" is split into 4.1.1 and 4.1.2.
            # No statement of this domain could be read, so none is listed.
            - id: human-factors.management
              name: Management
              description: >-
                Manage the people, workflows and risks around a digital change: plan it, support
                staff through it, and keep care safe while it happens.
            - id: human-factors.leadership
              name: Leadership
              description: >-
                Lead digital and AI change: set a vision, build a culture that is ready for it, and
                develop the workforce's capabilities.

        - id: data
          name: Health data management
          capabilities:
            # Sub-domain 5.1 "Data management and processing" holds 5.1.1 to 5.1.4; sub-domain 5.2
            # "Data/cyber security" holds 5.2.1.
            - id: data.collection
              name: Data collection and context
              description: >-
                Know where health and care data come from, collect them well with standard tools, and
                understand how the way data were collected shapes what they can tell you.
              statements:
                # Both statements are on the framework's 5.1.1 page: their placement is the source's.
                # A third 5.1.1 statement could not be read.
                - text: "I can name the main sources of health and care data, such as the ONS, the census, patient registries and Hospital Episode Statistics, and say how to access them, including the ethics and information governance they require."
                  archetypes: [shaper, driver, creator, embedder, user]
                - text: "I can use standardised, validated tools to collect and extract data in my specialism."
                  archetypes: [shaper, driver, creator, embedder, user]
            - id: data.storage
              name: Data storage
              description: >-
                Understand where and how health data are stored and how they flow between systems,
                including shared records, interoperability standards and secure data environments.
            - id: data.visualisation
              name: Data visualisation and reporting
              description: >-
                Present and read health data in charts, dashboards and reports that are clear, honest
                and useful for decisions.
            - id: data.analytics
              name: Data processing and analytics
              description: >-
                Clean, process and analyse health data with sound, reproducible methods, and judge
                the quality of an analysis.
            - id: data.privacy
              name: Data privacy and confidentiality
              description: >-
                Keep patient data confidential and secure, share it lawfully, and know your duties
                under data protection law and the Caldicott principles.

        - id: ai
          name: Artificial intelligence
          capabilities:
            - id: ai.ml
              name: Machine learning and natural language processing
              description: >-
                Understand what AI, machine learning and natural language processing are, how models
                learn from data, and what that means for how they behave.
              statements:
                # The first three statements are domain-level on the framework's page ("6.0"); one
                # version of the page puts them straight before the 6.1 heading. Placing them here,
                # where the concepts of AI and machine learning live, is our inference.
                - text: "I can explain that AI is an umbrella term, and give everyday examples outside health such as voice recognition, recommendation systems, self-driving cars and image processing."
                  archetypes: [shaper, driver, creator, embedder, user]
                - text: "I can explain that machine learning is a kind of AI that learns from data rather than following explicit instructions."
                  archetypes: [shaper, driver, creator, embedder, user]
                # Domain-level; moved between versions of the page: placement under 6.1 is our inference.
                - text: "I can explain that the AI used in healthcare today is narrow AI, trained to do one specific task."
                  archetypes: [shaper, driver, creator, embedder, user]
                # The first 6.1 statement. Only its first two archetype tags (S, D) could be read; the
                # rest are unverified, so only those two are listed here.
                - text: "I can explain that machine learning needs large datasets, and that a model must be trained and evaluated on separate, independent subsets of the data."
                  archetypes: [shaper, driver]
            - id: ai.using
              name: Using and implementing AI systems
              description: >-
                Use AI tools safely in practice and help bring them into a service: know what a tool
                is for, where it helps, and where its output needs a human check.
              statements:
                # These three statements are domain-level on the framework's page. Placing them under
                # 6.2 is our inference: they are about applying AI in practice.
                - text: "I can give examples of AI in healthcare, such as imaging diagnostics and decision support, with their benefits and risks."
                  archetypes: [shaper, driver, creator, embedder, user]
                - text: "I can identify what AI could contribute to the processes in my own area, and the benefit to my organisation, its staff and patients."
                  archetypes: [driver, creator, embedder, user]
                - text: "I can state the risks and limitations of AI that matter in my profession, and take them into account when I use AI."
                  archetypes: [driver, creator, embedder, user]
            - id: ai.evaluating
              name: Evaluating AI systems
              description: >-
                Judge whether an AI system works, is safe and is fair where it will be used: the
                evidence behind it, its performance on local data, and how it is monitored over time.
              # No statement specific to 6.3 could be read.
            - id: ai.robotics
              name: Robotics
              description: >-
                Understand robotic systems in health and care, such as robot-assisted surgery, and
                what they ask of the teams that use them.
              # No statement specific to 6.4 could be read.

      expectations:
        # The published framework gives NO expected level for any archetype, domain or capability
        # (framework-facts.md section 5): every number below is the project's own judgement, with
        # its reason beside it. A capability id beats a domain id, which beats `default`.
        # Where a target is set here and no catalogue resource reaches it, docs/catalogue.md lists
        # the hole rather than lowering the target to hide it.
        # ai.robotics takes each archetype's default (2; users 1): no resource yet goes past awareness.
        shaper:
          default: 2                    # national leaders need to understand every area they set policy for
          implementation.digital: 3     # they set digital strategy and judge system-wide roll-outs
          ethics.principles: 3          # they decide what is acceptable: bias, consent, equity
          ethics.regulation: 4          # regulators and policy-makers write and lead the rules themselves
          human-factors.management: 3   # they plan national change programmes
          human-factors.leadership: 4   # leading the system through digital change is their core job
        driver:
          default: 2                    # organisational leaders need a working understanding throughout
          implementation.digital: 3     # they lead roll-outs in their organisation
          ethics.regulation: 3          # they are accountable for compliance (DCB0160, DTAC, UK GDPR)
          human-factors: 3              # management and leadership of digital change is their role
          ai.ml: 1                      # they commission AI rather than build it: awareness suffices
        creator:
          default: 2                    # builders need a working understanding of the whole landscape
          ethics.principles: 3          # bias and fairness are designed in (or out) by creators
          ethics.regulation: 3          # manufacturers must meet medical device and DCB0129 duties
          data.collection: 3            # the provenance and context of training data decide model quality
          data.privacy: 3               # privacy by design is the developer's job
          data.analytics: 4             # processing and analysing data is their craft
          ai.ml: 4                      # they design and train the models
          ai.evaluating: 4              # they validate algorithms and monitor them after release
          ai.using: 3                   # they must see how tools are used in practice to design them well
        embedder:
          default: 2                    # local implementers need a working understanding throughout
          implementation.digital: 3     # implementing and integrating systems is their job
          ethics.regulation: 3          # clinical safety officers apply DCB0160; IG teams apply UK GDPR
          data.storage: 3               # IT and data teams run the systems where data are stored and flow
          data.privacy: 3               # they carry out data protection impact assessments for new systems
          ai.using: 3                   # they put AI tools into services and support staff using them
          ai.evaluating: 3              # they assure and monitor AI performance on local data
        user:
          default: 1                    # awareness across the board: the framework's foundations for all
          patients: 2                   # patient-facing digital care is part of users' daily work
          data.collection: 2            # users record most of the data everyone else relies on
          data.privacy: 2               # every member of staff handles confidential data
          ai.using: 2                   # they use AI tools at work and must know their limits
      """#
    ),
    (
      "resources/books-podcasts-and-articles.yaml",
      #"""
      # yaml-language-server: $schema=../../schemas/resources.schema.json
      # Books, podcasts and journal articles.
      #
      # Every entry above the "Added after the facts sheet" line is a row of
      # resources-facts.md; the mapping to capabilities is ours (see
      # docs/catalogue.md). "estimate" marks a figure the facts sheet marks "(est.)".

      - id: book-deep-medicine
        title: "Deep Medicine: How Artificial Intelligence Can Make Healthcare Human Again"
        provider: Eric Topol (Basic Books)
        url: https://www.hachettebookgroup.com/titles/eric-topol-md/deep-medicine/9781541644649/?lens=basic-books
        format: book
        minutes: 600         # estimate: the facts sheet marks (est.)
        cost: 14             # rough conversion of the US$17.99 ebook price (hardback US$32, about £25)
        level: 1
        # How deep learning works (ai.ml) and where it is used in medicine (ai.using). The facts
        # sheet also gives HF: the book's human side is the clinician-patient relationship, not
        # management or leadership, so domain 4 is not mapped.
        capabilities: [ai.ml, ai.using]
        tags: [book, introductory, paid]
        published: 2019-03-12

      - id: podcast-nejm-ai-grand-rounds
        title: "NEJM AI Grand Rounds"
        provider: NEJM Group (Manrai & Beam)
        url: https://www.iheart.com/podcast/867-nejm-ai-grand-rounds-112708727/
        format: podcast
        minutes: 50          # estimate: one episode, about 50 minutes
        cost: 0
        level: 2
        # Conversations with researchers about how medical AI is built (ai.ml) and used (ai.using).
        capabilities: [ai.ml, ai.using]
        archetypes: [shaper, driver, creator, embedder]
        tags: [podcast, free]
        # published: left out: an ongoing series (since 2022-12)

      - id: sujan-hfe-principles-healthcare-ai
        title: "Eight human factors and ergonomics principles for healthcare artificial intelligence"
        provider: Sujan et al. (BMJ Health & Care Informatics)
        url: https://informatics.bmj.com/content/29/1/e100516
        format: article
        minutes: 20          # estimate: the facts sheet marks (est.)
        # cost: left out: "free" is unverified in the facts sheet
        level: 2
        # How people work with AI: situation awareness, workload, automation bias, trust (ai.using),
        # and what introducing AI asks of teams, training and workflows (human-factors.management).
        capabilities: [ai.using, human-factors.management]
        archetypes: [creator, embedder]
        tags: [journal, human-factors]
        published: 2022

      # ---------------------------------------------------------------------------------------------
      # Added after the facts sheet, to fill coverage holes (docs/catalogue.md, "Resources added
      # beyond the facts sheet"). Each title, provider and URL was read in the source cited beside it
      # ("source:"); "estimate" marks a figure of ours, because the source gives none.

      - id: bmj-video-consultations-practice-pointer
        title: "Video consultations in primary and specialist care during the covid-19 pandemic and beyond"
        provider: Car, Koh, Foong & Wang (The BMJ, Practice Pointer)
        url: https://doi.org/10.1136/bmj.m3945
        # source: the article's page on bmj.com (BMJ 2020;371:m3945, published 20 October 2020)
        format: article
        minutes: 20          # estimate: a practice pointer
        # cost: left out: The BMJ's access terms for this article were not seen
        level: 2
        # The evidence on video consultations and practical advice for them in primary and
        # outpatient care, including when to switch to telephone or in person (patients.remote).
        capabilities: [patients.remote]
        archetypes: [user]
        tags: [journal, remote-consultation]
        published: 2020-10-20

      - id: frontiers-percs-remote-consultation
        title: "Planning and Evaluating Remote Consultation Services: A New Conceptual Framework Incorporating Complexity and Practical Ethics"
        provider: Greenhalgh et al. (Frontiers in Digital Health)
        url: https://frontiersin.org/articles/10.3389/fdgth.2021.726095/full
        # source: the article itself (published 13 August 2021)
        format: article
        minutes: 45          # estimate: a long journal article
        cost: 0              # estimate: Frontiers is an open-access publisher; no price was seen
        level: 2
        # The PERCS framework for setting up and evaluating remote consultation services: the
        # patient, the clinical relationship, home and family, technologies, staff, the organisation
        # and the wider system (patients.remote), digital maturity (implementation.digital) and
        # the practical ethics of who gets which kind of appointment (ethics.principles). For those
        # who plan, build, run and set policy for remote services, not for frontline users.
        capabilities: [patients.remote, implementation.digital, ethics.principles]
        archetypes: [shaper, driver, creator, embedder]
        tags: [journal, remote-consultation, digital-inclusion]
        published: 2021-08-13
      """#
    ),
    (
      "resources/international.yaml",
      #"""
      # yaml-language-server: $schema=../../schemas/resources.schema.json
      # International bodies: the World Health Organization and its OpenWHO platform, and the
      # radiological societies' joint statement on AI tools.
      #
      # Every entry is a row of resources-facts.md; the mapping to capabilities is ours (see
      # docs/catalogue.md). "estimate" marks a figure the facts sheet marks "(est.)".

      - id: who-ethics-governance-ai-health
        title: "Ethics and governance of artificial intelligence for health: WHO guidance"
        provider: World Health Organization
        url: https://www.who.int/publications/i/item/9789240029200
        format: guidance
        minutes: 300         # estimate: the facts sheet marks (est.)
        cost: 0
        level: 2
        # Six ethical principles (ethics.principles), laws, policies and governance
        # (ethics.regulation), and a survey of how AI is used in health (ai.using).
        capabilities: [ethics.principles, ethics.regulation, ai.using]
        archetypes: [shaper, driver, creator]
        tags: [international, free, ethics]
        published: 2021-06-28

      - id: openwho-ethics-ai-course
        title: "Ethics and Governance of Artificial Intelligence for Health (online course)"
        provider: OpenWHO
        url: https://openwho.org/courses/ethics-ai
        format: course
        minutes: 180         # estimate: the facts sheet marks (est.)
        cost: 0
        level: 1
        capabilities: [ethics.principles, ethics.regulation, ai.using]
        tags: [international, free, introductory, ethics]
        # published: left out: not dated (n.d.)

      - id: openwho-ethics-ai-developers
        title: "Integrating ethics and governance into the design of artificial intelligence tools for health. Case study: Cervical cancer screening"
        provider: OpenWHO
        url: https://openwho.org/courses/ethics-ai-developers
        format: course
        minutes: 180         # estimate: the facts sheet marks (est.)
        cost: 0
        level: 3
        # Teaches ethics and governance by design; the AI tool in the case study is its setting, not
        # its subject, so no AI capability is mapped.
        capabilities: [ethics.principles, ethics.regulation]
        archetypes: [creator]
        tags: [international, free, ethics, case-study]
        # published: left out: not dated (n.d.)

      - id: who-lmm-guidance
        title: "Ethics and governance of artificial intelligence for health: Guidance on large multi-modal models"
        provider: World Health Organization
        url: https://www.who.int/publications/i/item/9789240084759
        format: guidance
        minutes: 180         # estimate: the facts sheet marks (est.)
        cost: 0
        level: 3
        # The uses of large multi-modal models in health and their risks (ai.using), with the ethics
        # (ethics.principles) and governance (ethics.regulation) of their development and deployment.
        capabilities: [ethics.principles, ethics.regulation, ai.using]
        archetypes: [shaper, driver, creator]
        tags: [international, free, ethics, generative-ai]
        published: 2024-01-18

      - id: radiology-ai-tools-practical-considerations
        title: "Developing, purchasing, implementing and monitoring AI tools in radiology: practical considerations"
        provider: ACR, CAR, ESR, RANZCR, RSNA
        url: https://ranzcr.com/college/document-library/developing-purchasing-implementing-and-monitoring-ai-toolsin-radiology-practical-considerations
        format: article
        minutes: 60          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 3
        # A multi-society statement: purchasing and implementing (ai.using, implementation.digital),
        # evaluating and monitoring (ai.evaluating), and the regulatory side (ethics.regulation).
        capabilities: [ai.evaluating, ai.using, implementation.digital, ethics.regulation]
        archetypes: [embedder, driver]
        tags: [international, free, radiology]
        published: 2023-11
      """#
    ),
    (
      "resources/nhs-england.yaml",
      #"""
      # yaml-language-server: $schema=../../schemas/resources.schema.json
      # NHS England and the bodies merged into it: Health Education England (HEE), NHSX and the
      # NHS AI Lab, NHS Digital, e-Learning for Healthcare (e-LfH), the NHS Digital Academy and the
      # NHS Learning Hub.
      #
      # Every entry above the "Added after the facts sheet" line is a row of
      # resources-facts.md: titles, providers, URLs, formats, levels and dates
      # are the facts sheet's. Mapping from the sheet's domains to our capabilities is ours: see
      # docs/catalogue.md. "estimate" marks a figure the facts sheet marks "(est.)".

      - id: dart-ed-capability-framework
        title: "Artificial Intelligence (AI) and Digital Healthcare Technologies Capability Framework"
        provider: HEE / NHS England (University of Manchester)
        url: https://digital-transformation.hee.nhs.uk/building-a-digital-workforce/dart-ed/horizon-scanning/ai-and-digital-healthcare-technologies/framework-structure
        format: guidance
        minutes: 60          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 1
        # The framework itself spans all six domains: reading it gives awareness (level 1) of what
        # every capability involves, so it is mapped to all sixteen.
        capabilities:
          - implementation.digital
          - patients.direct-care
          - patients.remote
          - ethics.principles
          - ethics.regulation
          - human-factors.management
          - human-factors.leadership
          - data.collection
          - data.storage
          - data.visualisation
          - data.analytics
          - data.privacy
          - ai.ml
          - ai.using
          - ai.evaluating
          - ai.robotics
        tags: [nhs, free, introductory, framework]
        published: 2023-02-21

      - id: hee-understanding-confidence-in-ai
        title: "Understanding healthcare workers' confidence in AI"
        provider: HEE & NHS AI Lab
        url: https://digital-transformation.hee.nhs.uk/building-a-digital-workforce/dart-ed/horizon-scanning/understanding-healthcare-workers-confidence-in-ai/foreword
        format: article
        minutes: 90          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 2
        # Its three layers: governance (regulation, liability) -> ethics.regulation; implementation
        # (strategy, culture, local validation) -> human-factors.management, ai.evaluating; clinical
        # use (automation bias, trust) -> ai.using.
        capabilities: [ai.using, ai.evaluating, ethics.regulation, human-factors.management]
        archetypes: [shaper, driver, embedder, user]
        tags: [nhs, free, report, ai-confidence]
        published: 2022-05

      - id: hee-developing-confidence-in-ai
        title: "Developing healthcare workers' confidence in AI"
        provider: HEE & NHS AI Lab
        url: https://digital-transformation.hee.nhs.uk/building-a-digital-workforce/dart-ed/horizon-scanning/developing-healthcare-workers-confidence-in-ai/chapter-1-introduction/audience-for-the-report
        format: article
        minutes: 120         # estimate: the facts sheet marks (est.)
        cost: 0
        level: 2
        # Sets out what each archetype needs to know to use and implement AI (ai.using), and how to
        # plan the workforce's education for it (human-factors.leadership, implementation.digital).
        capabilities: [ai.using, human-factors.leadership, implementation.digital]
        archetypes: [shaper, driver, creator, embedder]
        tags: [nhs, free, report, ai-confidence]
        published: 2022

      - id: hee-dart-ed-webinars
        title: "DART-Ed webinar series"
        provider: HEE
        url: https://www.hee.nhs.uk/our-work/digital-artificial-intelligence-robotics-technologies-education-dart-ed/dart-ed-webinar-series
        format: video
        minutes: 45          # one webinar: the facts sheet gives 45 minutes each
        cost: 0
        level: 1
        capabilities: [ai.using, human-factors.management]
        archetypes: [driver, embedder, user]
        tags: [nhs, free, introductory, webinar]
        # published: left out: the facts sheet gives a range (2021-22)

      - id: learning-hub-ai-catalogue
        title: "Artificial Intelligence (catalogue)"
        provider: NHS Learning Hub (NHS England)
        url: https://learninghub.nhs.uk/catalogue/ai/about?nodeId=7311
        format: e-learning
        minutes: 120         # estimate: the facts sheet marks (est.)
        cost: 0              # free, but needs a Learning Hub login (health and care staff)
        level: 1
        capabilities: [ai.ml, ai.using, ethics.principles, data.collection]
        archetypes: [embedder, user]
        tags: [nhs, free, introductory, staff-login]
        # published: left out: the facts sheet gives an open range (2023-)

      - id: elfh-data-security-awareness
        title: "Data Security Awareness – Level 1"
        provider: e-Learning for Healthcare (NHS England)
        url: https://www.e-lfh.org.uk/programmes/data-security-awareness/
        format: e-learning
        minutes: 60          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 1
        # Confidentiality, information security and the law that governs them (UK GDPR, Data
        # Protection Act 2018): the statutory information governance training for NHS staff.
        capabilities: [data.privacy, ethics.regulation]
        tags: [nhs, free, introductory, mandatory, information-governance]
        # published: left out: version 3, refreshed every year

      - id: elfh-patient-safety-level-1
        title: "NHS Patient Safety Syllabus training – Level 1: Essentials for patient safety"
        provider: e-Learning for Healthcare, NHS England, Academy of Medical Royal Colleges
        url: https://www.e-lfh.org.uk/programmes/patient-safety-syllabus-training/
        format: e-learning
        minutes: 30
        cost: 0
        level: 1
        # Systems thinking, human factors and safety culture: in this framework, the management of
        # the human side of change and risk (4.1.1).
        capabilities: [human-factors.management]
        # The facts sheet gives users and embedders; drivers are added because Level 2, which is for
        # drivers, builds on this course (a prerequisite a driver could not take would block Level 2).
        archetypes: [user, embedder, driver]
        tags: [nhs, free, introductory, patient-safety]
        published: 2021-10

      - id: elfh-patient-safety-level-2
        title: "NHS Patient Safety Syllabus training – Level 2: Access to practice"
        provider: e-Learning for Healthcare, NHS England, Academy of Medical Royal Colleges
        url: https://www.e-lfh.org.uk/programmes/patient-safety-syllabus-training/
        format: e-learning
        minutes: 45
        cost: 0
        level: 2
        capabilities: [human-factors.management, implementation.digital]
        archetypes: [embedder, driver]
        prerequisites: [elfh-patient-safety-level-1]
        tags: [nhs, free, patient-safety]
        published: 2021-10

      - id: nhse-clinical-safety-essentials-intermediate
        title: "Digital Clinical Safety Training – Essentials and Intermediate"
        provider: NHS England (via e-Learning for Healthcare)
        url: https://digital.nhs.uk/services/clinical-safety/clinical-risk-management-training
        format: e-learning
        minutes: 120         # estimate: the facts sheet marks (est.)
        cost: 0              # free to NHS users
        level: 2
        # Clinical risk management of health IT under DCB0129/DCB0160 (ethics.regulation), in the
        # deployment of systems (implementation.digital), including hazards that arise from how
        # people work with a system (human-factors.management).
        capabilities: [ethics.regulation, implementation.digital, human-factors.management]
        # The facts sheet gives creators and embedders; drivers are added because the Practitioner
        # course, which is for drivers too, follows on from this one.
        archetypes: [creator, embedder, driver]
        tags: [nhs, free, clinical-safety]
        # published: left out: not dated (n.d.)

      - id: nhse-clinical-safety-practitioner
        title: "Digital Clinical Safety Training – Practitioner (Clinical Safety Officer)"
        provider: NHS England
        url: https://digital.nhs.uk/services/clinical-safety/clinical-risk-management-training
        format: workshop
        minutes: 720         # estimate: the facts sheet marks (est.)
        cost: 475
        level: 3
        capabilities: [ethics.regulation, implementation.digital, human-factors.management]
        archetypes: [creator, embedder, driver]
        prerequisites: [nhse-clinical-safety-essentials-intermediate]
        tags: [nhs, paid, clinical-safety, specialist]
        # published: left out: not dated (n.d.)

      - id: nhse-dcb0129
        title: "DCB0129: Clinical Risk Management: its Application in the Manufacture of Health IT Systems"
        provider: NHS England (NHS Digital)
        url: https://standards.nhs.uk/published-standards/nhsd-clinical-risk-management-its-application-in-the-manufacture-of-health-it-systems
        format: guidance
        minutes: 120         # estimate: the facts sheet marks (est.)
        cost: 0
        level: 3
        # The facts sheet also gives DI; this standard binds manufacturers, not the services that
        # deploy their products (that is DCB0160), so only ethics.regulation is mapped.
        capabilities: [ethics.regulation]
        archetypes: [creator]
        tags: [nhs, free, clinical-safety, standard, specialist]
        published: 2018-06-07

      - id: nhse-dcb0160
        title: "DCB0160: Clinical Risk Management: its Application in the Deployment and Use of Health IT Systems"
        provider: NHS England (NHS Digital)
        url: https://digital.nhs.uk/data-and-information/information-standards/governance/latest-activity/standards-and-collections/dcb0160-clinical-risk-management-its-application-in-the-deployment-and-use-of-health-it-systems
        format: guidance
        minutes: 120         # estimate: the facts sheet marks (est.)
        cost: 0
        level: 3
        capabilities: [ethics.regulation, implementation.digital]
        archetypes: [embedder, driver]
        tags: [nhs, free, clinical-safety, standard]
        published: 2018

      - id: nhse-dtac
        title: "Digital Technology Assessment Criteria for health and social care (DTAC)"
        provider: NHSX / NHS England
        url: https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/how-to-use-the-dtac/
        format: guidance
        minutes: 60          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 2
        # Its sections: clinical safety and data protection (ethics.regulation, data.privacy),
        # technical security and interoperability (data.storage), usability and accessibility, used
        # when buying and deploying a product (implementation.digital).
        capabilities: [implementation.digital, ethics.regulation, data.privacy, data.storage]
        archetypes: [creator, embedder, driver]
        tags: [nhs, free, procurement, standard]
        published: 2021-02

      - id: nhs-digital-academy-dhlp
        title: "Digital Health Leadership Programme (PGDip)"
        provider: NHS Digital Academy / Imperial College London
        url: https://digital-transformation.hee.nhs.uk/digital-academy/programmes/digital-health-leadership-programme/digital-health-leadership-programme
        format: course
        minutes: 18000       # estimate: the facts sheet marks (est.): a 12-month part-time PGDip
        cost: 0              # free to participants: centrally funded
        level: 4
        # The facts sheet's HDM is mapped to reporting (using data and reports to lead), the part of
        # data management a leadership programme teaches; not to hands-on analytics.
        capabilities: [implementation.digital, human-factors.leadership, human-factors.management, data.visualisation]
        archetypes: [shaper, driver]
        tags: [nhs, free, leadership, postgraduate, programme]
        published: 2024-09   # the date of cohort 7, the run the facts sheet describes

      - id: topol-digital-fellowship
        title: "Topol Digital Fellowship"
        provider: HEE / NHS England
        url: https://topol.hee.nhs.uk/digital-fellowships/information-about-cohort-2/
        format: mentoring
        minutes: 20000       # estimate: the facts sheet marks (est.): 12 months at 0.2-0.4 WTE
        cost: 0              # free; the employer can receive a bursary of up to £15,000
        level: 3
        # Fellows lead a digital or AI project in their own service, with mentoring and leadership
        # training.
        capabilities: [implementation.digital, human-factors.leadership, ai.using]
        archetypes: [driver, creator, embedder]
        tags: [nhs, free, fellowship, leadership]
        # published: left out: it runs every year (since 2019)

      - id: nhsx-buyers-guide-to-ai
        title: "A Buyer's Guide to AI in Health and Care"
        provider: NHSX (NHS AI Lab)
        url: https://digital.nhs.uk/services/ai-knowledge-repository/develop-ai/a-buyers-guide-to-ai-in-health-and-care
        format: guidance
        minutes: 120         # estimate: the facts sheet marks (est.)
        cost: 0
        level: 2
        # Ten questions to ask before buying an AI product: is the evidence and performance good
        # enough (ai.evaluating), will it work in your setting and how will you deploy it
        # (implementation.digital), does it meet regulation and data protection law (ethics.regulation).
        capabilities: [ai.evaluating, implementation.digital, ethics.regulation]
        archetypes: [shaper, driver, embedder]
        tags: [nhs, free, procurement]
        published: 2020-11

      - id: nhsx-what-good-looks-like
        title: "What Good Looks Like framework"
        provider: NHSX
        url: https://www.nhsx.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
        format: guidance
        minutes: 45          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 2
        capabilities: [implementation.digital, human-factors.leadership]
        archetypes: [shaper, driver]
        tags: [nhs, free, leadership, digital-maturity]
        published: 2021-08-31

      - id: nhse-ambient-scribing-guidance
        title: "Guidance on the use of AI-enabled ambient scribing products in health and care settings"
        provider: NHS England
        url: https://www.england.nhs.uk/long-read/guidance-on-the-use-of-ai-enabled-ambient-scribing-products-in-health-and-care-settings
        format: guidance
        minutes: 60          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 2
        # Product-specific guidance: using and deploying one class of AI product (ai.using,
        # implementation.digital), with its clinical safety and data protection duties
        # (ethics.regulation).
        capabilities: [ai.using, implementation.digital, ethics.regulation]
        archetypes: [embedder, driver, creator]
        tags: [nhs, free, product-specific, generative-ai]
        published: 2025-04-27

      - id: nhse-virtual-wards-guide
        title: "A guide to setting up technology-enabled virtual wards"
        provider: NHS England
        url: https://transform.england.nhs.uk/key-tools-and-info/a-guide-to-setting-up-technology-enabled-virtual-wards/
        format: guidance
        minutes: 45          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 2
        capabilities: [patients.remote, implementation.digital]
        archetypes: [embedder, driver]
        tags: [nhs, free, virtual-wards, remote-monitoring]
        published: 2021-12-21

      - id: hee-digital-skills-assessment-tool
        title: "Digital Skills Assessment Tool"
        provider: HEE / NHS England
        url: https://digital-transformation.hee.nhs.uk/building-a-digital-workforce/digital-literacy/what-is-digital-literacy
        format: e-learning
        minutes: 20          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 1
        # A self-assessment of digital literacy that signposts learning: it brings awareness only.
        # Its digital-literacy areas map to implementation.digital, its data literacy to
        # data.collection.
        capabilities: [implementation.digital, data.collection]
        archetypes: [user]
        tags: [nhs, free, introductory, self-assessment, digital-literacy]
        # published: left out: not dated (n.d.)

      - id: hee-topol-review
        title: "The Topol Review: Preparing the healthcare workforce to deliver the digital future"
        provider: HEE
        url: https://topol.hee.nhs.uk/wp-content/uploads/HEE-Topol-Review-2019.pdf
        format: article
        minutes: 240         # estimate: the facts sheet marks (est.)
        cost: 0
        level: 1
        # Covers digital medicine, AI and robotics, and what they mean for the workforce.
        capabilities: [implementation.digital, ai.using, ai.robotics, human-factors.leadership]
        archetypes: [shaper, driver]
        tags: [nhs, free, introductory, report, workforce]
        published: 2019-02

      # ---------------------------------------------------------------------------------------------
      # Added after the facts sheet, to fill coverage holes (docs/catalogue.md, "Resources added
      # beyond the facts sheet"). Each title, provider and URL was read in the source cited beside it
      # ("source:"); "estimate" marks a figure of ours, because the source gives none.

      - id: nhse-inclusive-digital-healthcare
        title: "Inclusive digital healthcare: a framework for NHS action on digital inclusion"
        provider: NHS England
        url: https://www.england.nhs.uk/long-read/inclusive-digital-healthcare-a-framework-for-nhs-action-on-digital-inclusion/
        # source: the page itself (above); HTN news, 2023-10-04, https://htn.co.uk/2023/10/04/nhse-publishes-framework-for-action-on-digital-inclusion/
        format: guidance
        minutes: 45          # estimate: a long-read web page with five action domains
        cost: 0              # published free on NHS England's website
        level: 2
        # Who is digitally excluded and what services must do so that digital care does not leave
        # them behind (patients.direct-care: the framework's digital exclusion statement), with the
        # equity duty behind it (ethics.principles). Its actions are written for the staff who
        # commission or design digital services and for senior leaders (HTN), not frontline users.
        capabilities: [patients.direct-care, ethics.principles]
        archetypes: [shaper, driver, creator, embedder]
        tags: [nhs, free, digital-inclusion, health-inequalities]
        published: 2023      # HTN reported its publication on 2023-10-04; the exact day was not seen

      - id: nhse-video-consultation-principles
        title: "Principles for supporting high quality consultations by video in general practice during COVID-19"
        provider: NHS England
        url: https://www.england.nhs.uk/coronavirus/documents/principles-for-supporting-high-quality-consultations-by-video-in-general-practice-during-covid-19/
        # source: the page itself (20 August 2020, version 2)
        format: guidance
        minutes: 30          # estimate: a guidance page
        cost: 0              # published free on NHS England's website
        level: 2
        # How to assess patients safely by video: when video suits, history and functional
        # assessment, safeguarding, when to switch to face to face. Written for general practice
        # staff consulting patients at home; the key principles apply across primary care.
        capabilities: [patients.remote]
        archetypes: [user]
        tags: [nhs, free, general-practice, remote-consultation, covid-19]
        published: 2020-08-20   # version 2; written for the pandemic, its principles still hold

      - id: nhse-making-data-count
        title: "Making data count"
        provider: NHS England (NHS Improvement)
        url: https://www.england.nhs.uk/publication/making-data-count/
        # source: the URL as cited by the NHS-R Community's NHSRplotthedots package
        # (github.com/nhs-r-community/NHSRplotthedots, README); the guides' contents from
        # "Making data count: strengthening your decisions" (NHS England and NHS Improvement), which
        # says the first guide, "Making data count – an interactive guide", was published in May 2018;
        # the NHS Leadership Academy's "Using data for improvement" page describes it as tools "to
        # support everyone 'from ward to board'".
        format: guidance
        minutes: 120         # estimate: the two guides, read with their exercises
        cost: 0              # free guides and tools (Making Data Count's director, ARC West Midlands testimonial)
        level: 2
        # Statistical process control instead of red-amber-green reports: reading and drawing SPC
        # charts (data.visualisation) and telling signal from noise in data over time
        # (data.analytics). Written for everyone from ward to board, analysts included.
        capabilities: [data.visualisation, data.analytics]
        tags: [nhs, free, spc, data-visualisation]
        published: 2018-05   # the first guide; "Strengthening your decisions" followed

      - id: nhse-rap-community-of-practice
        title: "RAP Community of Practice"
        provider: NHS England (Data Science team)
        url: https://nhsdigital.github.io/rap-community-of-practice/introduction_to_RAP/what_is_RAP/
        # source: the page itself ("What is RAP?") and "Why RAP is important" beside it; NHS England's
        # data science site (nhsengland.github.io/datascience) names it "our own NHS RAP Community of
        # Practice".
        format: guidance
        minutes: 360         # estimate: the introduction and the training guides for one language
        cost: 0              # an open website
        level: 3
        # Reproducible analytical pipelines: automated, version-controlled, quality-assured analysis
        # in R or Python (data.analytics), applied to one's own pipelines.
        capabilities: [data.analytics]
        archetypes: [creator, embedder]
        tags: [nhs, free, programming, specialist, reproducible-analysis]
        # published: left out: a living website

      - id: nhs-fhir-uk-core
        title: "FHIR UK Core"
        provider: NHS England (NHS Digital)
        url: https://digital.nhs.uk/services/fhir-uk-core
        # source: the page itself (last edited 30 March 2021)
        format: guidance
        minutes: 120         # estimate: the page and the UK Core implementation guide's introduction
        cost: 0              # published free
        level: 3
        # The four nations' common FHIR profiles for exchanging health records between systems:
        # how data are structured and flow between systems (data.storage: interoperability).
        capabilities: [data.storage]
        archetypes: [creator, embedder]
        tags: [nhs, free, interoperability, standard, specialist]
        # published: left out: a service page, last edited 2021-03-30

      - id: nhs-digital-service-manual
        title: "NHS digital service manual"
        provider: NHS England (NHS Digital)
        url: https://service-manual.nhs.uk/
        # source: its accessibility guidance page, https://service-manual.nhs.uk/accessibility/design;
        # NHS Digital's blog "A manual for designing and building digital services" (2018-09-07)
        format: guidance
        minutes: 120         # estimate: the standards, content style and accessibility sections
        cost: 0              # an open website
        level: 2
        # How to design NHS digital services for patients that everyone can use: accessibility,
        # plain content, tested patterns (patients.direct-care, from the side of the people who build
        # the services), and the service standard behind them (implementation.digital).
        capabilities: [patients.direct-care, implementation.digital]
        archetypes: [creator]
        tags: [nhs, free, service-design, accessibility]
        published: 2018-09   # the first version, launched in open beta (NHS Digital blog)

      - id: nhse-information-governance-guidance
        title: "Information governance guidance"
        provider: NHS England
        url: https://digital.nhs.uk/data-and-information/information-governance/guidance
        # source: the page itself, an A-Z of guidance "to patients and service users, health and care
        # staff and IG professionals", checked by a working group NHS England convenes
        format: guidance
        minutes: 60          # estimate: the guidance that applies to one's own role
        cost: 0              # published free
        level: 2
        # Practical confidentiality and data protection for health and care staff: sharing for
        # direct care, consent, records, using your own device, AI (data.privacy), and the law
        # behind it (ethics.regulation).
        capabilities: [data.privacy, ethics.regulation]
        tags: [nhs, free, information-governance]
        # published: left out: a living collection

      - id: nhse-use-and-share-information-with-confidence
        title: "Use and share information with confidence"
        provider: NHS England (Transformation Directorate)
        url: https://transform.england.nhs.uk/information-governance/guidance/use-and-share-information-confidence/
        # source: the page itself, reviewed by the Health and Care Information Governance Panel,
        # including the ICO and the National Data Guardian
        format: guidance
        minutes: 15          # estimate: a short guidance page
        cost: 0              # published free
        level: 2
        # For healthcare workers: the legal duty to share relevant information for individual care,
        # patients' objections, and the exceptions (data.privacy).
        capabilities: [data.privacy]
        tags: [nhs, free, information-governance]
        # published: left out: not dated on the page read

      - id: elfh-health-literacy
        title: "Health Literacy"
        provider: e-Learning for Healthcare (HEE and NHS Education for Scotland)
        url: https://www.e-lfh.org.uk/programmes/health-literacy/
        # source: the page itself ("about 30 minutes"; free per HIFA's notice of 2021-10-21,
        # https://www.hifa.org/dgroups-rss/nhs-england-health-literacy-course-people-working-patients)
        format: e-learning
        minutes: 30
        cost: 0
        level: 1             # the page: "pitched educationally as an introduction"
        # Techniques (teach-back, chunk and check, pictures, plain language) for explaining health
        # information so that patients can use it: the framework's statement on explaining digital
        # health information such as risk scores to patients (patients.direct-care).
        capabilities: [patients.direct-care]
        tags: [nhs, free, introductory, health-literacy]
        # published: left out: HIFA called it new in October 2021; no date on the page read
      """#
    ),
    (
      "resources/professional-bodies-and-communities.yaml",
      #"""
      # yaml-language-server: $schema=../../schemas/resources.schema.json
      # Professional bodies and communities of practice: the Academy of Medical Royal Colleges, the
      # Royal College of Surgeons of England, the Royal College of Nursing,
      # the Faculty of Clinical Informatics, the NHS-R Community and the Shuri Network.
      #
      # Every entry above the "Added after the facts sheet" line is a row of
      # resources-facts.md; the mapping to capabilities is ours (see
      # docs/catalogue.md). "estimate" marks a figure the facts sheet marks "(est.)".

      - id: aomrc-ai-in-healthcare
        title: "Artificial Intelligence in Healthcare"
        provider: Academy of Medical Royal Colleges
        url: https://www.aomrc.org.uk/wp-content/uploads/2019/01/Artificial_intelligence_in_healthcare_0119.pdf
        format: article
        minutes: 90          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 1
        # The facts sheet also gives HF: the report's human side is about clinicians working with AI,
        # which ai.using covers; it does not teach management or leadership (domain 4 here).
        capabilities: [ai.using, ethics.principles, ethics.regulation]
        archetypes: [shaper, user]
        tags: [free, introductory, report, royal-colleges]
        published: 2019-01

      - id: fci-core-competency-framework
        title: "Core Competency Framework for Clinical Informaticians"
        provider: Faculty of Clinical Informatics
        url: https://fci.org.uk/work-we-do/professional-competencies/core-competency-framework.html
        format: guidance
        minutes: 60          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 2
        # Its areas: informatics systems and their implementation (implementation.digital), health
        # data and information (data.collection), and people and organisations
        # (human-factors.leadership).
        capabilities: [implementation.digital, data.collection, human-factors.leadership]
        archetypes: [driver, creator, embedder]
        tags: [free, framework, clinical-informatics]
        published: 2020

      - id: nhs-r-community-training
        title: "NHS-R Community training"
        provider: NHS-R Community
        url: https://nhsrway.nhsrcommunity.com/nhsr-vision.html
        format: workshop
        minutes: 360         # estimate: the facts sheet marks (est.)
        cost: 0
        level: 3
        # Hands-on R for NHS analysts: processing and analysing data (data.analytics), charts and
        # reproducible reports (data.visualisation).
        capabilities: [data.analytics, data.visualisation]
        archetypes: [creator]
        tags: [nhs, free, programming, community]
        # published: left out: an ongoing programme (since 2018)

      - id: shuri-network
        title: "Shuri Network (fellowships, shadowing, bursaries)"
        provider: Shuri Network
        url: https://shurinetwork.com/about/
        format: mentoring
        # estimate, ours: the facts sheet gives no length. About 10 hours of mentoring or shadowing
        # is assumed for one engagement.
        minutes: 600
        # cost: left out: "free" is unverified in the facts sheet
        level: 2
        capabilities: [human-factors.leadership, implementation.digital]
        archetypes: [driver, shaper]
        tags: [leadership, network, diversity]
        # published: left out: an ongoing network (since 2019)

      # ---------------------------------------------------------------------------------------------
      # Added after the facts sheet, to fill coverage holes (docs/catalogue.md, "Resources added
      # beyond the facts sheet"). Each title, provider and URL was read in the source cited beside it
      # ("source:"); "estimate" marks a figure of ours, because the source gives none.

      - id: rcs-robotic-assisted-surgery-pathway
        title: "Robotic-assisted surgery: A pathway to the future"
        provider: Royal College of Surgeons of England
        url: https://rcseng.ac.uk/news-and-events/media-centre/press-releases/updated-robotics-guidance
        # source: RCS England's press release on the updated guidance (2025-12-09, the URL above,
        # which links to it); the first edition's text ("A guide to good practice", July 2023,
        # "www.rcseng.ac.uk/standardsandguidance"); OR News, 2023-07-17. No direct link to the
        # document itself was seen, so the press release is the link.
        format: guidance
        minutes: 60          # estimate: a guide of about 20 pages
        cost: 0              # estimate: RCS England publishes its standards free; no price was seen
        level: 2
        # What robotic-assisted surgery offers and risks, the training pathway and team, and how a
        # trust introduces it safely, with the roles of the trust, surgeon, company, proctor and GMC
        # (ai.robotics); introducing it into services (implementation.digital); developing the
        # surgical team (human-factors.management). For everyone from the surgeon and theatre team to
        # the trust and national bodies, so no archetype is left out.
        capabilities: [ai.robotics, implementation.digital, human-factors.management]
        tags: [free, royal-colleges, surgery, robotics]
        published: 2023-07   # first edition; updated December 2025

      - id: rcs-future-of-surgery
        title: "Future of Surgery"
        provider: Royal College of Surgeons of England (Commission on the Future of Surgery)
        url: https://futureofsurgery.rcseng.ac.uk/
        # source: the site itself ("Read the full report"); ACPGBI news of 2017-12-20 on the
        # commission; UK-RAS Network news on the report's launch
        format: article
        minutes: 180         # estimate: the report runs to about 110 pages; the site summarises it
        cost: 0              # an open website
        level: 1
        # A twenty-year horizon scan: robot-assisted and minimally invasive surgery (ai.robotics),
        # AI, big data and imaging in surgical care (ai.using), and what they ask of services and the
        # surgical workforce (implementation.digital). An overview: awareness.
        capabilities: [ai.robotics, ai.using, implementation.digital]
        tags: [free, introductory, royal-colleges, surgery, robotics, report]
        # published: left out: the commission sat from October 2017; the report's date was not seen

      - id: rcn-every-nurse-an-e-nurse
        title: "Every nurse an e-nurse: Digital capabilities for 21st century nursing"
        provider: Royal College of Nursing
        url: https://www.rcn.org.uk/clinical-topics/ehealth/every-nurse-an-e-nurse
        # source: the page itself; NHS Digital's endorsement, "Why making every nurse an e-nurse
        # matters now more than ever" (digital.nhs.uk)
        format: article
        minutes: 30          # estimate: the page and the joint HEE/RCN publication "Improving Digital Literacy"
        cost: 0              # estimate: an open page; the linked publication's price was not seen
        level: 1
        # Six digital literacy capabilities for nursing staff (after JISC): safety and security,
        # communication, learning, technical proficiency, information and data literacy, creation.
        # An introduction to working digitally in care (implementation.digital).
        capabilities: [implementation.digital]
        archetypes: [user]
        tags: [free, introductory, nursing, digital-literacy]
        # published: left out: not dated on the page read
      """#
    ),
    (
      "resources/regulators-and-government.yaml",
      #"""
      # yaml-language-server: $schema=../../schemas/resources.schema.json
      # UK regulators and government: MHRA, NICE, the ICO, the multi-agency AI and Digital
      # Regulations Service, the Department of Health and Social Care, the National Data Guardian,
      # the General Medical Council and the Parliamentary Office of Science and Technology.
      #
      # Every entry above the "Added after the facts sheet" line is a row of
      # resources-facts.md; the mapping to capabilities is ours (see
      # docs/catalogue.md). "estimate" marks a figure the facts sheet marks "(est.)".

      - id: ai-digital-regulations-service
        title: "AI and Digital Regulations Service for health and social care"
        provider: NICE, MHRA, CQC, HRA
        url: https://www.digitalregulations.innovation.nhs.uk/regulations-and-guidance-for-adopters/all-adopters-guidance/
        format: guidance
        minutes: 90          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 2
        capabilities: [ethics.regulation, implementation.digital]
        archetypes: [creator, embedder, driver]
        tags: [regulation, free, uk]
        published: 2023

      - id: nice-evidence-standards-framework
        title: "Evidence standards framework for digital health technologies"
        provider: NICE
        url: https://www.nice.org.uk/corporate/ecd7
        format: guidance
        minutes: 120         # estimate: the facts sheet marks (est.)
        cost: 0
        level: 3
        # The evidence a digital health technology (AI included) must show: ai.evaluating; as the
        # national standard for it: ethics.regulation; used when commissioning: implementation.digital.
        capabilities: [ai.evaluating, ethics.regulation, implementation.digital]
        archetypes: [creator, embedder, driver]
        tags: [regulation, free, evidence, standard]
        published: 2022-08   # updated in August 2022; first published December 2018

      - id: nice-ai-evidence-generation-position
        title: "Use of AI in evidence generation: NICE position statement"
        provider: NICE
        url: https://nice.org.uk/corporate/ecd11/chapter/overview
        format: guidance
        minutes: 40          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 3
        # What NICE expects when AI methods are used to generate or analyse evidence submitted to it.
        capabilities: [data.analytics, ai.evaluating, ethics.regulation]
        archetypes: [creator]
        tags: [regulation, free, evidence, specialist]
        published: 2024

      - id: mhra-software-ai-change-programme-roadmap
        title: "Software and AI as a Medical Device Change Programme – Roadmap"
        provider: MHRA
        url: https://www.gov.uk/government/publications/software-and-ai-as-a-medical-device-change-programme-roadmap
        format: guidance
        minutes: 60          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 3
        # The medical device regime for software and AI (ethics.regulation), including its work on
        # how AI devices are shown to be safe and effective (ai.evaluating).
        capabilities: [ethics.regulation, ai.evaluating]
        archetypes: [creator, shaper]
        tags: [regulation, free, medical-devices]
        published: 2022-10

      - id: mhra-good-machine-learning-practice
        title: "Good Machine Learning Practice for Medical Device Development: Guiding Principles"
        provider: MHRA, FDA, Health Canada
        url: https://www.gov.uk/government/publications/good-machine-learning-practice-for-medical-device-development-guiding-principles
        format: guidance
        minutes: 20          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 2
        # Ten principles for developing ML devices (ai.ml), testing them on independent data and
        # monitoring them (ai.evaluating), as regulators expect (ethics.regulation).
        capabilities: [ai.ml, ai.evaluating, ethics.regulation]
        archetypes: [creator]
        tags: [regulation, free, medical-devices, international]
        published: 2021-10-27

      - id: mhra-samd-intended-purpose
        title: "Crafting an intended purpose in the context of Software as a Medical Device (SaMD)"
        provider: MHRA
        url: https://www.gov.uk/government/publications/crafting-an-intended-purpose-in-the-context-of-software-as-a-medical-device-samd
        format: guidance
        minutes: 45          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 3
        capabilities: [ethics.regulation]
        archetypes: [creator]
        tags: [regulation, free, medical-devices, specialist]
        published: 2023-03-22

      - id: mhra-ai-airlock
        title: "AI Airlock: the regulatory sandbox for AIaMD"
        provider: MHRA
        url: https://www.gov.uk/government/collections/ai-airlock-the-regulatory-sandbox-for-aiamd
        format: guidance
        minutes: 60          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 3
        capabilities: [ethics.regulation, ai.evaluating]
        archetypes: [creator, shaper]
        tags: [regulation, free, medical-devices]
        published: 2024      # the sandbox's first phase; its reports followed in 2025

      - id: ico-ai-data-protection-guidance
        title: "Guidance on AI and data protection"
        provider: Information Commissioner's Office
        url: https://ico.org.uk/for-organisations/guide-to-data-protection/key-dp-themes/guidance-on-ai-and-data-protection/about-this-guidance/
        format: guidance
        minutes: 180         # estimate: the facts sheet marks (est.)
        cost: 0
        level: 3
        # Lawfulness and accountability (ethics.regulation, data.privacy), fairness
        # (ethics.principles) and statistical accuracy of AI systems (ai.evaluating).
        capabilities: [data.privacy, ethics.regulation, ethics.principles, ai.evaluating]
        archetypes: [creator, embedder, driver]
        tags: [regulation, free, data-protection, information-governance]
        published: 2023-03   # the update of March 2023

      - id: ico-turing-explaining-ai-decisions
        title: "Explaining decisions made with AI"
        provider: ICO & The Alan Turing Institute
        url: https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/artificial-intelligence/explaining-decisions-made-with-artificial-intelligence/part-2-explaining-ai-in-practice
        format: guidance
        minutes: 240         # estimate: the facts sheet marks (est.)
        cost: 0
        level: 3
        # Part 2 is practical: choosing interpretable models and extracting explanations (ai.ml),
        # transparency to the people affected (ethics.principles), under UK GDPR (ethics.regulation).
        capabilities: [ai.ml, ethics.principles, ethics.regulation]
        archetypes: [creator, embedder]
        tags: [regulation, free, explainability]
        published: 2020-05-20

      - id: ico-ai-risk-toolkit
        title: "AI and data protection risk toolkit"
        provider: Information Commissioner's Office
        url: https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/artificial-intelligence/
        format: guidance
        minutes: 60          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 3
        capabilities: [data.privacy, ethics.regulation]
        archetypes: [creator, embedder]
        tags: [regulation, free, data-protection, information-governance, toolkit]
        published: 2022

      - id: dhsc-data-driven-technology-good-practice
        title: "A guide to good practice for digital and data-driven health technologies"
        provider: Department of Health and Social Care
        url: https://www.gov.uk/government/publications/code-of-conduct-for-data-driven-health-and-care-technology/initial-code-of-conduct-for-data-driven-health-and-care-technology
        format: guidance
        minutes: 90          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 2
        # Principles for building and deploying data-driven technology: user need and evidence
        # (implementation.digital), ethics and transparency (ethics.principles), the law
        # (ethics.regulation) and the use of data (data.privacy).
        capabilities: [ethics.principles, ethics.regulation, implementation.digital, data.privacy]
        archetypes: [creator, embedder]
        tags: [government, free, good-practice]
        published: 2021-01-19   # the update of January 2021

      - id: ndg-caldicott-principles
        title: "The Caldicott Principles"
        provider: National Data Guardian
        url: https://www.gov.uk/government/publications/the-caldicott-principles
        format: guidance
        minutes: 20          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 1
        capabilities: [data.privacy, ethics.principles]
        tags: [government, free, introductory, information-governance]
        published: 2020-12-08

      - id: dhsc-data-saves-lives
        title: "Data saves lives: reshaping health and social care with data"
        provider: Department of Health and Social Care
        url: https://www.gov.uk/government/publications/data-saves-lives-reshaping-health-and-social-care-with-data
        format: guidance
        minutes: 120         # estimate: the facts sheet marks (est.)
        cost: 0
        level: 2
        # The national data strategy: shared records, interoperability and secure data environments
        # (data.storage), public trust in the use of data (data.privacy), and the technology
        # programmes behind them (implementation.digital).
        capabilities: [data.storage, data.privacy, implementation.digital]
        archetypes: [shaper, driver]
        tags: [government, free, strategy]
        published: 2022-06-13

      - id: goldacre-review
        title: "Better, broader, safer: using health data for research and analysis (Goldacre Review)"
        provider: DHSC / Ben Goldacre
        url: https://www.goldacrereview.org/
        format: article
        minutes: 240         # estimate: the facts sheet marks (est.)
        cost: 0
        level: 3
        # Trusted research environments (data.storage) and reproducible analytical pipelines, open
        # code and data curation (data.analytics).
        capabilities: [data.analytics, data.storage]
        archetypes: [shaper, driver, creator]
        tags: [government, free, report, research]
        published: 2022-04

      # ---------------------------------------------------------------------------------------------
      # Added after the facts sheet, to fill coverage holes (docs/catalogue.md, "Resources added
      # beyond the facts sheet"). Each title, provider and URL was read in the source cited beside it
      # ("source:"); "estimate" marks a figure of ours, because the source gives none.

      - id: nhsx-records-management-code-2021
        title: "Records Management Code of Practice 2021: A guide to the management of health and care records"
        provider: NHSX (Department of Health and Social Care)
        url: https://www.gov.uk/government/publications/records-management-code-of-practice-for-health-and-social-care
        # source: the gov.uk page ("Records management: code of practice for health and social care",
        # last updated 10 August 2021) and the document's own title page (NHSX, August 2021)
        format: guidance
        minutes: 180         # estimate: the code's five sections, not its retention schedule
        cost: 0              # published free on gov.uk
        level: 3
        # Designing record-keeping systems, storing paper and digital records, retention and
        # deletion (data.storage), data protection impact assessments and security classifications
        # (data.privacy), and the legal obligations behind them (ethics.regulation). For the IT,
        # records and information governance teams who run the systems, and those accountable.
        capabilities: [data.storage, data.privacy, ethics.regulation]
        archetypes: [embedder, driver]
        tags: [government, free, records-management, information-governance]
        published: 2021-08

      - id: dhsc-secure-data-environment-guidelines
        title: "Secure data environment for NHS health and social care data - policy guidelines"
        provider: Department of Health and Social Care
        url: https://www.gov.uk/government/publications/secure-data-environment-policy-guidelines/secure-data-environment-for-nhs-health-and-social-care-data-policy-guidelines
        # source: the page itself (updated 23 December 2022); HTN news of 2022-09-14 on its publication
        format: guidance
        minutes: 45          # estimate: a policy paper of twelve guidelines
        cost: 0              # published free on gov.uk
        level: 2
        # Secure data environments as the default way to reach NHS data for research and analysis:
        # where data are stored and how they are accessed (data.storage), and the privacy
        # safeguards (the Five Safes) that govern access (data.privacy).
        capabilities: [data.storage, data.privacy]
        archetypes: [shaper, driver, creator, embedder]
        tags: [government, free, secure-data-environments, research]
        published: 2022-09   # first published September 2022 (HTN); updated 2022-12-23

      - id: gmc-confidentiality-guidance
        title: "Confidentiality: good practice in handling patient information"
        provider: General Medical Council
        url: https://www.gmc-uk.org/guidance/ethical_guidance/confidentiality.asp
        # source: the page itself (in effect from 25 April 2017, updated 12 October 2017); MDDUS news
        # of April 2017 on the revised guidance
        format: guidance
        minutes: 120         # estimate: the guidance (about 80 pages) with its decision flowchart
        cost: 0              # published free on the GMC's website
        level: 2
        # When to use and disclose patient information: direct care, protecting patients and others,
        # other purposes; managing and protecting information (data.privacy) and the law it rests on
        # (ethics.regulation). Written for doctors, who are users, embedders (a radiologist) and
        # drivers (a CCIO) in Pathway's archetypes.
        capabilities: [data.privacy, ethics.regulation]
        archetypes: [user, embedder, driver]
        tags: [regulation, free, doctors, confidentiality, information-governance]
        published: 2017-01   # published January 2017; in effect 2017-04-25

      - id: post-robotics-in-social-care
        title: "Robotics in Social Care"
        provider: Parliamentary Office of Science and Technology (POSTnote 591)
        url: https://post.parliament.uk/research-briefings/post-pn-0591/
        # source: the page itself (DOI 10.58248/PN591); BASW's summary,
        # https://www.basw.co.uk/resources/robotics-social-care
        format: article
        minutes: 20          # estimate: a four-page briefing
        cost: 0              # the briefing is a free download
        level: 1
        # What care robots are and how they are used (ai.robotics), the evidence on costs, quality
        # and the workforce, and the ethical, social and regulatory questions (ethics.principles).
        # A short briefing: awareness, not understanding. Written for parliamentarians, so it is
        # offered to the archetypes who set policy and lead services.
        capabilities: [ai.robotics, ethics.principles]
        archetypes: [shaper, driver]
        tags: [government, free, introductory, briefing, social-care, robotics]
        # published: left out: not dated on the page read (a Sheffield Hallam blog cited it in January 2019)
      """#
    ),
    (
      "resources/research-and-think-tanks.yaml",
      #"""
      # yaml-language-server: $schema=../../schemas/resources.schema.json
      # Research institutes, think tanks and charities: the Ada Lovelace Institute, The Alan Turing
      # Institute, The Health Foundation, the Nuffield Council on Bioethics, Understanding Patient
      # Data, DATAMIND and the McPin Foundation.
      #
      # Every entry is a row of resources-facts.md; the mapping to capabilities is ours (see
      # docs/catalogue.md). "estimate" marks a figure the facts sheet marks "(est.)".

      - id: nuffield-ai-healthcare-research
        title: "Artificial intelligence (AI) in healthcare and research"
        provider: Nuffield Council on Bioethics
        url: https://nuffieldbioethics.org/publications/ai-in-healthcare-and-research/what-is-ai/challenges-for-governance-and-the-future-of-ai
        format: article
        minutes: 30          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 1
        capabilities: [ethics.principles, ethics.regulation, ai.using]
        archetypes: [shaper, user]
        tags: [free, introductory, ethics, briefing]
        published: 2018-05-15

      - id: health-foundation-switched-on
        title: "Switched on: How do we get the best out of automation and AI in health care?"
        provider: The Health Foundation
        url: https://reader.health.org.uk/switched-on/key-points
        format: article
        minutes: 90          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 1
        # Where automation and AI can help (ai.using), and what adopting them asks of organisations
        # (implementation.digital) and of the people whose work changes (human-factors.management).
        capabilities: [ai.using, implementation.digital, human-factors.management]
        archetypes: [shaper, driver]
        tags: [free, introductory, report]
        published: 2021-06-24

      - id: ada-aia-healthcare-case-study
        title: "Algorithmic impact assessment: a case study in healthcare"
        provider: Ada Lovelace Institute
        url: https://www.adalovelaceinstitute.org/project/algorithmic-impact-assessment-healthcare/
        format: article
        minutes: 120         # estimate: the facts sheet marks (est.)
        cost: 0
        level: 3
        # Assessing an AI system's impacts before it is used (ai.evaluating) and who is accountable
        # for them (ethics.principles).
        capabilities: [ethics.principles, ai.evaluating]
        archetypes: [creator, driver]
        tags: [free, ethics, impact-assessment, case-study]
        published: 2022-02

      - id: ada-aia-user-guide
        title: "Algorithmic impact assessment: user guide"
        provider: Ada Lovelace Institute
        url: https://www.adalovelaceinstitute.org/resource/aia-user-guide/
        format: guidance
        minutes: 42
        cost: 0
        level: 3
        capabilities: [ethics.principles, ai.evaluating]
        archetypes: [creator]
        tags: [free, ethics, impact-assessment]
        published: 2022-02-08

      - id: ada-access-denied
        title: "Access denied? Socioeconomic inequalities in digital health services"
        provider: Ada Lovelace Institute
        url: https://www.adalovelaceinstitute.org/report/healthcare-access-denied/
        format: article
        minutes: 92
        cost: 0
        level: 2
        # Digital exclusion in direct care and in remote, digital-first access (patients.*), and the
        # equity questions it raises (ethics.principles).
        capabilities: [patients.direct-care, patients.remote, ethics.principles]
        archetypes: [shaper, driver, embedder]
        tags: [free, report, health-inequalities, digital-exclusion]
        published: 2023-09-18

      - id: ada-knotted-pipeline
        title: "A knotted pipeline: Data-driven systems and inequalities in health and social care"
        provider: Ada Lovelace Institute
        url: https://www.adalovelaceinstitute.org/report/knotted-pipeline-health-data-inequalities/
        format: article
        minutes: 111
        cost: 0
        level: 2
        # How gaps and biases in the way health data are collected (data.collection) carry
        # inequalities into data-driven systems (ethics.principles).
        capabilities: [data.collection, ethics.principles]
        archetypes: [shaper, driver, creator]
        tags: [free, report, health-inequalities]
        published: 2022-11-01

      - id: turing-ai-ethics-governance-in-practice
        title: "AI Ethics and Governance in Practice: An Introduction"
        provider: The Alan Turing Institute
        url: https://www.turing.ac.uk/news/publications/ai-ethics-and-governance-practice-introduction
        format: guidance
        minutes: 120         # estimate: the facts sheet marks (est.)
        cost: 0
        level: 2
        # Ethical principles for AI projects (ethics.principles) and how to assess a system against
        # them across its lifecycle: fairness, safety, explainability (ai.evaluating).
        capabilities: [ethics.principles, ai.evaluating]
        archetypes: [driver, creator, embedder]
        tags: [free, ethics, workbook]
        published: 2023

      - id: turing-commons-aeg-skills-track
        title: "Turing Commons: AI Ethics & Governance skills track"
        provider: The Alan Turing Institute
        url: https://alan-turing-institute.github.io/turing-commons/skills-tracks/aeg/chapter4/bias/
        format: course
        minutes: 120         # estimate: the facts sheet marks (est.)
        cost: 0
        level: 2
        capabilities: [ethics.principles, ai.evaluating]
        archetypes: [creator, embedder]
        tags: [free, ethics, bias]
        # published: left out: not dated (n.d.)

      - id: upd-explaining-health-data-guide
        title: "Guide to explaining the use of health data"
        provider: Understanding Patient Data
        url: https://understandingpatientdata.org.uk/research-and-resources
        format: guidance
        minutes: 45          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 1
        # Explaining to patients and the public how their data are used and protected.
        capabilities: [data.privacy, patients.direct-care]
        archetypes: [user, embedder]
        tags: [free, introductory, public-engagement]
        # published: left out: not dated (n.d.)

      - id: datamind-data-literacy-short-course
        title: "Data Literacy Short Course"
        provider: DATAMIND & McPin Foundation
        url: https://datamind.org.uk/data-literacy-short-course/
        format: e-learning
        minutes: 60          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 1
        # What health data are and how they are collected and used (data.collection), and talking
        # about data with patients and the public (patients.direct-care).
        capabilities: [data.collection, patients.direct-care]
        archetypes: [user]
        tags: [free, introductory, data-literacy, mental-health]
        # published: left out: not dated (n.d.)
      """#
    ),
    (
      "resources/uk-health-and-care-organisations.yaml",
      #"""
      # yaml-language-server: $schema=../../schemas/resources.schema.json
      # Other UK health and care organisations: NHS trusts and networks, NHS Education for Scotland,
      # the adult social care sector's Digital Care Hub, a GP training network and ORCHA.
      #
      # Every entry is a row of resources-facts.md; the mapping to capabilities is ours (see
      # docs/catalogue.md). "estimate" marks a figure the facts sheet marks "(est.)".

      - id: nhs-fellowship-clinical-ai
        title: "NHS Fellowship in Clinical AI"
        provider: Guy's and St Thomas' / London AI Centre
        url: https://www.nhsfellowship.ai/apply
        format: mentoring
        minutes: 41000       # estimate: the facts sheet marks (est.): 12 months, 2 days a week
        cost: 0              # free to the fellow: the programme covers salary
        level: 4
        # Fellows deploy AI tools in clinical services (ai.using, implementation.digital), evaluate
        # and monitor them (ai.evaluating), and work through their governance (ethics.regulation).
        capabilities: [ai.using, ai.evaluating, implementation.digital, ethics.regulation]
        archetypes: [creator, embedder, driver]
        tags: [nhs, free, fellowship, specialist]
        published: 2022-06   # the start of cohort 1

      - id: digital-care-hub-data-security-elearning
        title: "Data Security and Protection eLearning (adult social care)"
        provider: Digital Care Hub
        url: https://www.digitalcarehub.co.uk/digital-skills-and-training/elearning/guide-for-managers-and-trainers/
        format: e-learning
        minutes: 60          # four modules of 10-20 minutes: 40-80, midpoint 60
        cost: 0
        level: 1
        capabilities: [data.privacy, ethics.regulation]
        archetypes: [user]
        tags: [social-care, free, introductory, information-governance]
        published: 2023

      - id: gpexcellence-remote-consultations-handbook
        title: "Remote Consultations Handbook"
        provider: GP Excellence Greater Manchester
        url: https://gpexcellencegm.org.uk/wp-content/uploads/Remote-consultations-handbook.pdf
        format: guidance
        minutes: 60          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 1
        capabilities: [patients.remote]
        archetypes: [user]
        tags: [free, introductory, general-practice, remote-consultation]
        published: 2020

      - id: orcha-digital-health-academy
        title: "Digital Health Academy"
        provider: ORCHA
        url: https://orcha-academy.com
        format: e-learning
        minutes: 60          # estimate: the facts sheet marks (est.)
        cost: 0
        level: 1
        # Choosing health apps and recommending them to patients.
        capabilities: [patients.direct-care]
        archetypes: [user, embedder]
        tags: [free, introductory, health-apps]
        published: 2022-03

      - id: nes-digital-data-self-assessment
        title: "Digital and Data Capability Framework – Self-Assessment Tool"
        provider: NHS Education for Scotland
        url: https://learn.nes.nhs.scot/79909
        format: e-learning
        minutes: 18          # published as 15-20 minutes: the midpoint
        cost: 0
        level: 1
        # A self-assessment that points to learning: awareness only. Digital capability maps to
        # implementation.digital, data capability to data.collection.
        capabilities: [implementation.digital, data.collection]
        archetypes: [user]
        tags: [nhs, free, introductory, self-assessment, scotland]
        # published: left out: not dated (n.d.)
      """#
    ),
    (
      "resources/universities-and-courses.yaml",
      #"""
      # yaml-language-server: $schema=../../schemas/resources.schema.json
      # Courses from universities and online course platforms: Coursera (Stanford, DeepLearning.AI),
      # the University of Helsinki, Google, MIT OpenCourseWare, the University of Liverpool and
      # Loughborough University.
      #
      # Every entry is a row of resources-facts.md; the mapping to capabilities is ours (see
      # docs/catalogue.md). "estimate" marks a figure the facts sheet marks "(est.)". Where the facts
      # sheet does not confirm a cost, `cost` is left out: Pathway then treats the resource as not
      # free, so a learner who asks for free resources only is not sent to a paywall.

      - id: coursera-stanford-ai-in-healthcare
        title: "AI in Healthcare Specialization"
        provider: Stanford University (Coursera)
        url: https://www.coursera.org/specializations/ai-healthcare
        format: course
        minutes: 2400        # estimate: the facts sheet marks (est.)
        # cost: left out: unverified in the facts sheet
        level: 2
        # Clinical data and its context (data.collection), fundamentals of machine learning (ai.ml),
        # evaluating AI applications (ai.evaluating), and their ethics (ethics.principles).
        capabilities: [ai.ml, ai.evaluating, data.collection, ethics.principles]
        archetypes: [creator, embedder, user]
        tags: [university, online-course]
        # published: left out: not dated (n.d.)

      - id: coursera-ai-for-medicine
        title: "AI for Medicine Specialization"
        provider: DeepLearning.AI (Coursera)
        url: https://www.coursera.org/specializations/ai-for-medicine
        format: course
        minutes: 3600        # estimate: the facts sheet marks (est.)
        # cost: left out: unverified in the facts sheet
        level: 4
        # Building diagnostic, prognostic and treatment models in Python (ai.ml, data.analytics) and
        # measuring their performance (ai.evaluating).
        capabilities: [ai.ml, ai.evaluating, data.analytics]
        archetypes: [creator]
        tags: [online-course, specialist, programming]
        published: 2020

      - id: coursera-generative-ai-for-everyone
        title: "Generative AI for Everyone"
        provider: DeepLearning.AI (Coursera)
        url: https://www.coursera.org/learn/generative-ai-for-everyone
        format: course
        minutes: 360         # estimate: the facts sheet marks (est.)
        # cost: left out: "free to audit" is unverified in the facts sheet
        level: 1
        # What generative AI and large language models are (ai.ml) and how to use them well
        # (ai.using).
        capabilities: [ai.ml, ai.using]
        archetypes: [shaper, driver, embedder, user]
        tags: [online-course, introductory, generative-ai]
        published: 2023

      - id: elements-of-ai
        title: "Elements of AI"
        provider: University of Helsinki & MinnaLearn
        url: https://www.elementsofai.com/
        format: course
        minutes: 2700        # estimate: the facts sheet marks (est.)
        cost: 0
        level: 1
        # What AI and machine learning are (ai.ml) and their implications for society
        # (ethics.principles).
        capabilities: [ai.ml, ethics.principles]
        archetypes: [shaper, driver, embedder, user]
        tags: [university, free, introductory, online-course]
        published: 2018-05-14

      - id: google-ml-crash-course
        title: "Machine Learning Crash Course"
        provider: Google
        url: https://developers.google.com/machine-learning/crash-course
        format: course
        minutes: 900
        cost: 0
        level: 3
        # Building models (ai.ml) and judging them: train/test splits, overfitting, classification
        # metrics (ai.evaluating).
        capabilities: [ai.ml, ai.evaluating]
        archetypes: [creator]
        tags: [free, online-course, specialist, programming]
        published: 2024      # the revision of 2024

      - id: mit-ocw-ml-for-healthcare
        title: "Machine Learning for Healthcare (6.S897/HST.956)"
        provider: MIT OpenCourseWare
        url: https://ocw.mit.edu/courses/6-s897-machine-learning-for-healthcare-spring-2019/
        format: video
        minutes: 2000        # estimate: the facts sheet marks (est.)
        cost: 0
        level: 4
        # Clinical data and how they were generated (data.collection), modelling them (ai.ml,
        # data.analytics), and evaluating models for use in care (ai.evaluating).
        capabilities: [ai.ml, ai.evaluating, data.analytics, data.collection]
        archetypes: [creator]
        tags: [university, free, specialist, lectures]
        published: 2019

      - id: liverpool-ai-healthcare-ethics-cpd
        title: "AI in Healthcare: an ethical perspective"
        provider: University of Liverpool (CPD module)
        url: https://liverpool.ac.uk/medicine/study-with-us/cpd/aihealthcare
        format: course
        minutes: 900         # estimate: the facts sheet marks (est.)
        # cost: left out: unverified in the facts sheet
        level: 3
        capabilities: [ethics.principles, ethics.regulation, ai.using]
        archetypes: [driver, embedder, creator]
        tags: [university, cpd, ethics]
        # published: left out: not dated (n.d.)

      - id: lboro-healthcare-learning-pathway
        title: "Healthcare Learning Pathway (Human Factors short courses)"
        provider: Loughborough University
        url: https://www.lboro.ac.uk/schools/design-creative-arts/study/short-courses/healthcare-learning-pathway/
        format: course
        # estimate, ours: the facts sheet gives no length. One short course of about three days
        # (3 x 7 hours) is assumed; check the provider's page before relying on it.
        minutes: 1260
        # cost: left out: unverified in the facts sheet
        level: 3
        capabilities: [human-factors.management]
        archetypes: [embedder, driver]
        tags: [university, human-factors, short-course]
        # published: left out: the facts sheet gives an open range (2021-)
      """#
    ),
  ]
}
