/**
 * Real simulator answers (seed 7, captured with scripts in the commit that added them; host
 * rewritten to the real API's), written as literals so the compiler checks each against its wire
 * type: `satisfies` fails `npm run typecheck` if the docs' types and the simulator disagree.
 */
import type { SrCandidateDetails, SrCandidates, SrJob, SrUser } from './index.js';

/** `candidates` as the simulator answers it (seed 7). */
export const candidatesAnswer = {
  "limit": 1,
  "offset": 0,
  "totalFound": 3,
  "content": [
    {
      "id": "0fd9b602-8b8d-4ebc-acb8-4f4b25b093ce",
      "internal": false,
      "firstName": "Marta",
      "lastName": "Russo",
      "email": "marta.russo0@example.com",
      "createdOn": "2024-12-02T21:22:35.054Z",
      "updatedOn": "2025-02-25T01:40:58.013Z",
      "location": {
        "city": "Milan",
        "region": "Lombardy",
        "regionCode": "LOM",
        "country": "Italy",
        "countryCode": "it",
        "lat": 45.4642,
        "lng": 9.19
      },
      "averageRating": 4,
      "tags": [
        "relocation"
      ],
      "consent": {
        "status": "ACQUIRED"
      },
      "primaryAssignment": {
        "job": {
          "id": "8724cb86-6495-4ea7-a9d2-370b00000000",
          "title": "Engineering Manager",
          "actions": {
            "details": {
              "url": "https://api.smartrecruiters.com/jobs/8724cb86-6495-4ea7-a9d2-370b00000000",
              "method": "GET"
            }
          }
        },
        "status": "IN_REVIEW",
        "subStatus": "Recruiter screen"
      },
      "secondaryAssignments": [
        {
          "job": {
            "id": "ced28a71-614b-484d-afa4-01c000000001",
            "title": "HR Business Partner",
            "actions": {
              "details": {
                "url": "https://api.smartrecruiters.com/jobs/ced28a71-614b-484d-afa4-01c000000001",
                "method": "GET"
              }
            }
          },
          "status": "REJECTED"
        }
      ],
      "actions": {
        "details": {
          "url": "https://api.smartrecruiters.com/candidates/0fd9b602-8b8d-4ebc-acb8-4f4b25b093ce",
          "method": "GET"
        },
        "properties": {
          "url": "https://api.smartrecruiters.com/candidates/0fd9b602-8b8d-4ebc-acb8-4f4b25b093ce/properties",
          "method": "GET"
        }
      }
    }
  ],
  "nextPageId": "YzE6MDox"
} satisfies SrCandidates;

/** `candidate` as the simulator answers it (seed 7). */
export const candidateAnswer = {
  "id": "0fd9b602-8b8d-4ebc-acb8-4f4b25b093ce",
  "internal": false,
  "firstName": "Marta",
  "lastName": "Russo",
  "email": "marta.russo0@example.com",
  "createdOn": "2024-12-02T21:22:35.054Z",
  "updatedOn": "2025-02-25T01:40:58.013Z",
  "location": {
    "city": "Milan",
    "region": "Lombardy",
    "regionCode": "LOM",
    "country": "Italy",
    "countryCode": "it",
    "lat": 45.4642,
    "lng": 9.19
  },
  "averageRating": 4,
  "tags": [
    "relocation"
  ],
  "consent": {
    "status": "ACQUIRED"
  },
  "primaryAssignment": {
    "status": "IN_REVIEW",
    "subStatus": "Recruiter screen",
    "source": "indeed",
    "actions": {
      "sourceDetails": {
        "url": "https://api.smartrecruiters.com/candidates/0fd9b602-8b8d-4ebc-acb8-4f4b25b093ce/jobs/8724cb86-6495-4ea7-a9d2-370b00000000/source",
        "method": "GET"
      }
    },
    "job": {
      "id": "8724cb86-6495-4ea7-a9d2-370b00000000",
      "title": "Engineering Manager",
      "actions": {
        "details": {
          "url": "https://api.smartrecruiters.com/jobs/8724cb86-6495-4ea7-a9d2-370b00000000",
          "method": "GET"
        },
        "positionDetails": {
          "url": "https://api.smartrecruiters.com/jobs/8724cb86-6495-4ea7-a9d2-370b00000000/positions",
          "method": "GET"
        }
      }
    }
  },
  "secondaryAssignments": [
    {
      "status": "REJECTED",
      "source": "sourced",
      "reasonOfRejection": {
        "id": "b52ab906-b74e-4de1-a651-89ca00000004",
        "label": "Failed assessment"
      },
      "actions": {
        "sourceDetails": {
          "url": "https://api.smartrecruiters.com/candidates/0fd9b602-8b8d-4ebc-acb8-4f4b25b093ce/jobs/ced28a71-614b-484d-afa4-01c000000001/source",
          "method": "GET"
        }
      },
      "job": {
        "id": "ced28a71-614b-484d-afa4-01c000000001",
        "title": "HR Business Partner",
        "actions": {
          "details": {
            "url": "https://api.smartrecruiters.com/jobs/ced28a71-614b-484d-afa4-01c000000001",
            "method": "GET"
          },
          "positionDetails": {
            "url": "https://api.smartrecruiters.com/jobs/ced28a71-614b-484d-afa4-01c000000001/positions",
            "method": "GET"
          }
        }
      }
    }
  ],
  "actions": {
    "properties": {
      "url": "https://api.smartrecruiters.com/candidates/0fd9b602-8b8d-4ebc-acb8-4f4b25b093ce/properties",
      "method": "GET"
    },
    "attachments": {
      "url": "https://api.smartrecruiters.com/candidates/0fd9b602-8b8d-4ebc-acb8-4f4b25b093ce/attachments",
      "method": "GET"
    },
    "consent": {
      "url": "https://api.smartrecruiters.com/candidates/0fd9b602-8b8d-4ebc-acb8-4f4b25b093ce/consent",
      "method": "GET"
    },
    "consents": {
      "url": "https://api.smartrecruiters.com/candidates/0fd9b602-8b8d-4ebc-acb8-4f4b25b093ce/consents",
      "method": "GET"
    }
  },
  "phoneNumber": "+1 555 924 2447",
  "web": {
    "linkedin": "https://www.linkedin.com/in/marta-russo-0"
  },
  "education": [
    {
      "institution": "Sorbonne University",
      "degree": "BA",
      "major": "Economics",
      "current": false,
      "startDate": "2011-10",
      "endDate": "2015-06",
      "location": "Munich",
      "description": "Thesis in economics."
    }
  ],
  "experience": [
    {
      "title": "Engineer",
      "company": "Initrode",
      "current": true,
      "startDate": "2015-09",
      "location": "Munich",
      "description": "Engineer at Initrode."
    }
  ]
} satisfies SrCandidateDetails;

/** `job` as the simulator answers it (seed 7). */
export const jobAnswer = {
  "id": "8724cb86-6495-4ea7-a9d2-370b00000000",
  "title": "Engineering Manager",
  "refNumber": "REF1000",
  "createdOn": "2024-09-23T00:00:00.000Z",
  "updatedOn": "2024-10-11T00:00:00.000Z",
  "lastActivityOn": "2024-11-06T00:00:00.000Z",
  "department": {
    "id": "16730",
    "label": "Engineering",
    "description": "Engineering at Umbrella Logistics"
  },
  "location": {
    "country": "Singapore",
    "countryCode": "sg",
    "regionCode": "SG",
    "region": "Singapore",
    "city": "Singapore",
    "address": "1 Raffles Place",
    "postalCode": "048616",
    "latitude": "1.3521",
    "longitude": "103.8198",
    "manual": false,
    "remote": false
  },
  "status": "INTERVIEW",
  "postingStatus": "INTERNAL",
  "language": {
    "code": "en",
    "label": "English",
    "labelNative": "English (US)"
  },
  "actions": {
    "hiringTeam": {
      "url": "https://api.smartrecruiters.com/jobs/8724cb86-6495-4ea7-a9d2-370b00000000/hiring-team",
      "method": "GET"
    },
    "publications": {
      "url": "https://api.smartrecruiters.com/jobs/8724cb86-6495-4ea7-a9d2-370b00000000/publication",
      "method": "GET"
    },
    "positions": {
      "url": "https://api.smartrecruiters.com/jobs/8724cb86-6495-4ea7-a9d2-370b00000000/positions",
      "method": "GET"
    },
    "applyOnWeb": {
      "url": "https://jobs.smartrecruiters.com/8724cb86-6495-4ea7-a9d2-370b00000000",
      "method": "GET"
    },
    "details": {
      "url": "https://api.smartrecruiters.com/jobs/8724cb86-6495-4ea7-a9d2-370b00000000",
      "method": "GET"
    }
  },
  "targetHiringDate": "2024-12-22T00:00:00.000Z",
  "industry": {
    "id": "computer_software",
    "label": "Computer Software"
  },
  "function": {
    "id": "engineering",
    "label": "Engineering"
  },
  "typeOfEmployment": {
    "id": "permanent",
    "label": "Full-time"
  },
  "experienceLevel": {
    "id": "entry_level",
    "label": "Entry Level"
  },
  "eeoCategory": {
    "id": "first_mid_level_officials_and_managers",
    "label": "First/Mid-Level Officials and Managers"
  },
  "template": false,
  "creator": {
    "id": "4514e3c5-8e1e-48fe-a934-30b900000000",
    "firstName": "Lorenzo",
    "lastName": "Hansen"
  },
  "compensation": {
    "min": 82000,
    "max": 102000,
    "currency": "USD"
  },
  "jobAd": {
    "sections": {
      "companyDescription": {
        "title": "Company Description",
        "text": "We build tools people enjoy using."
      },
      "jobDescription": {
        "title": "Job Description",
        "text": "You will work with a friendly team on meaningful problems."
      },
      "qualifications": {
        "title": "Qualifications",
        "text": "Curiosity and a track record of shipping."
      },
      "additionalInformation": {
        "title": "Additional Information",
        "text": "Hybrid work, learning budget."
      },
      "videos": {
        "urls": []
      }
    },
    "language": {
      "code": "en",
      "label": "English",
      "labelNative": "English (US)"
    }
  },
  "properties": []
} satisfies SrJob;

/** `user` as the simulator answers it (seed 7). */
export const userAnswer = {
  "id": "4514e3c5-8e1e-48fe-a934-30b900000000",
  "email": "lorenzo.hansen0@umbrellalogistics.example.com",
  "firstName": "Lorenzo",
  "lastName": "Hansen",
  "active": true,
  "systemRole": {
    "id": "ADMINISTRATOR",
    "name": "Administrator"
  },
  "updatedOn": "2025-03-30T00:00:00.000Z",
  "externalData": "EMP-10000",
  "ssoIdentifier": "lorenzo.hansen0@umbrellalogistics.example.com",
  "ssoLoginMode": "PASSWORD",
  "language": {
    "code": "en"
  },
  "location": {
    "country": "United States",
    "countryCode": "us",
    "regionCode": "TX",
    "region": "Texas",
    "city": "Austin",
    "address": "500 W 2nd Street",
    "postalCode": "78701",
    "longitude": "-97.7431",
    "latitude": "30.2672"
  },
  "accessGroups": [
    {
      "id": "d87f3503-1c63-46ac-a109-961500000000",
      "name": "All employees"
    },
    {
      "id": "796b2716-5637-49f1-ac9d-f1c900000001",
      "name": "Recruiting team"
    },
    {
      "id": "f0ca19e4-d756-4489-a159-1b6900000003",
      "name": "EMEA recruiting"
    }
  ],
  "actions": {
    "details": {
      "url": "https://api.smartrecruiters.com/user-api/v201804/users/4514e3c5-8e1e-48fe-a934-30b900000000",
      "method": "GET"
    }
  }
} satisfies SrUser;
